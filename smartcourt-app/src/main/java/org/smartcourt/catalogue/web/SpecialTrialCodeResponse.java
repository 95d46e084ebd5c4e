package org.smartcourt.catalogue.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcourt.catalogue.internal.JdbcCaseTypes;

/** A 专门审判代字 and the document that created it. */
@Schema(description = "专门审判代字")
record SpecialTrialCodeResponse(@Schema(description = "代字", example = "知") String code,
		@Schema(description = "适用范围", example = "专利等知识产权案件") String name,
		@Schema(description = "启用日期") LocalDate validFrom, @Schema(description = "停用日期；仍在用时为空") LocalDate validTo,
		@Schema(description = "依据", example = "法〔2018〕335号") String basis) {

	static SpecialTrialCodeResponse of(JdbcCaseTypes.SpecialTrialCode c) {
		return new SpecialTrialCodeResponse(c.code(), c.name(), c.validFrom(), c.validTo(), c.basis());
	}
}
