package org.smartcourt.cases.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;

/** A registered case. */
@Schema(description = "已立案案件")
record CaseResponse(UUID id, @Schema(description = "案号", example = "（2026）吉0102民初123号") String caseNumber,
		@Schema(description = "立案法院") String courtId,
		@Schema(description = "案件类型代码", example = "0301") String categoryCode,
		@Schema(description = "类型代字", example = "民初") String typeCode,
		@Schema(description = "审理程序") Procedure procedure, @Schema(description = "案由代码") String causeCode,
		@Schema(description = "网上立案申请") UUID filingId, @Schema(description = "立案日期") LocalDate registeredOn,
		@Schema(description = "当事人及案由摘要") String title) {

	static CaseResponse of(RegisteredCase c) {
		return new CaseResponse(c.id().value(), c.caseNumber().format(), c.courtId().value(), c.categoryCode(),
				c.typeCode(), c.procedure(), c.causeCode(), c.filingId(), c.registeredOn(), c.title());
	}
}
