package org.smartcourt.catalogue.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The case-type catalogue as in force on one day. */
@Schema(description = "某日施行的案件类型及其代字标准")
record CaseTypeCatalogueResponse(@Schema(description = "查询日期") LocalDate on,
		@Schema(description = "参考数据版本") String version,
		@Schema(description = "案件类型（含分组标题），按代码排序") List<CaseTypeResponse> caseTypes,
		@Schema(description = "专门审判代字") List<SpecialTrialCodeResponse> specialTrialCodes) {
}
