package org.smartcourt.catalogue.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.catalogue.internal.JdbcCaseTypes;
import org.smartcourt.shared.CurrentActor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case-type catalogue, for any signed-in user. */
@RestController
@RequestMapping("/api/v1/catalogue")
@Tag(name = "目录 Catalogue", description = "人民法院案件类型及其代字标准、专门审判代字")
class CaseTypeApiController {

	private final JdbcCaseTypes caseTypes;
	private final Clock clock;

	CaseTypeApiController(JdbcCaseTypes caseTypes, Clock clock) {
		this.caseTypes = caseTypes;
		this.clock = clock;
	}

	@GetMapping("/case-types")
	@Operation(summary = "案件类型及类型代字",
			description = "返回指定日期施行的案件类型（含分组标题 xx00）与专门审判代字。basis 为 INFERRED（推定）或 LOCAL（本地占位）的条目须与最高人民法院正式标准核对。")
	CaseTypeCatalogueResponse caseTypes(
			@Parameter(description = "施行日期（yyyy-MM-dd），默认为法院所在地今日", example = "2026-11-29")
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		CurrentActor.require();
		LocalDate day = on != null ? on : LocalDate.now(clock);
		return new CaseTypeCatalogueResponse(day, caseTypes.version(),
				caseTypes.entries(day).stream().map(CaseTypeResponse::of).toList(), caseTypes.specialTrialCodes(day).stream().map(SpecialTrialCodeResponse::of).toList());
	}
}
