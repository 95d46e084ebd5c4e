package org.smartcourt.cases.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartcourt.cases.CaseNumber;

/** The parts of a 案号. */
@Schema(description = "案号的组成部分")
record CaseNumberResponse(@Schema(description = "规范写法（全角括号）", example = "（2025）吉01知民初64号") String normalized,
		@Schema(description = "收案年度", example = "2025") int year,
		@Schema(description = "法院代字", example = "吉01") String courtCode,
		@Schema(description = "专门审判代字，无则为空", example = "知") String specialCode,
		@Schema(description = "类型代字", example = "民初") String typeCode,
		@Schema(description = "案件编号", example = "64") String number) {

	static CaseNumberResponse of(CaseNumber n) {
		return new CaseNumberResponse(n.format(), n.year(), n.courtCode(), n.specialCode(), n.typeCode(), n.number());
	}
}
