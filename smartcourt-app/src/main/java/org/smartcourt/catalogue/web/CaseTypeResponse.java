package org.smartcourt.catalogue.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcourt.catalogue.internal.JdbcCaseTypes;

/**
 * One case type (案件类型) of the catalogue.
 *
 * @param basis {@code CONFIRMED} (与来源一致), {@code INFERRED} (代码或名称为推定，待核) or {@code LOCAL} (本地占位代码).
 */
@Schema(description = "案件类型及其类型代字")
record CaseTypeResponse(@Schema(description = "4位案件类型代码", example = "0301") String code,
		@Schema(description = "名称", example = "民事一审") String name,
		@Schema(description = "类型代字；分组标题（xx00）为空", example = "民初") String typeCode,
		@Schema(description = "所属分组代码", example = "0300") String group,
		@Schema(description = "是否分组标题") boolean groupHeader,
		@Schema(description = "启用日期") LocalDate validFrom,
		@Schema(description = "停用日期；仍在用时为空") LocalDate validTo,
		@Schema(description = "可靠程度：CONFIRMED 已核、INFERRED 推定待核、LOCAL 本地占位") String basis,
		@Schema(description = "说明（替代关系、来源等）") String note) {

	static CaseTypeResponse of(JdbcCaseTypes.Entry e) {
		var c = e.category();
		return new CaseTypeResponse(c.code(), c.name(), c.typeCode(), c.group(), c.isGroupHeader(), c.validFrom(),
				c.validTo(), e.basis(), e.note());
	}
}
