package org.smartcourt.deadlines.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.deadlines.CaseClocks;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 延长审限的条件: who approves the next extension of a period, how long at most, and by when to apply and decide. */
@RestController
@RequestMapping("/api/v1/deadlines")
@Tag(name = "期限 Deadlines")
class ExtensionTermsApiController {

	static final String INVALID = "deadline-request-invalid";

	private final CaseClocks clocks;

	ExtensionTermsApiController(CaseClocks clocks) {
		this.clocks = clocks;
	}

	@GetMapping("/extension-terms")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "延长审限的条件",
			description = "按规则和延长次数给出批准主体（本院院长、上一级人民法院、高级人民法院、最高人民法院）、可延长的最长期间、"
					+ "最迟申请日和最迟决定日（按当前届满日倒算的自然日：民商事案件届满十五日前申请、五日前决定，"
					+ "见《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第一条）及法条依据；"
					+ "不能延长的给出理由。参数有误时返回 400 及逐字段错误。")
	ExtensionTermsResponse terms(
			@Parameter(description = "规则 id，如 civil-first-ordinary") @RequestParam(required = false) String rule,
			@Parameter(description = "第几次延长，1 为第一次") @RequestParam(required = false) String nth,
			@Parameter(description = "当前的届满日，如 2026-09-02") @RequestParam(required = false) String due) {
		List<FieldProblem> problems = new ArrayList<>();
		if (rule == null || rule.isBlank()) {
			problems.add(new FieldProblem("rule", "required", "validation.deadlines.rule.required"));
		}
		int number = 0;
		try {
			number = Integer.parseInt(nth == null ? "" : nth.trim());
		}
		catch (NumberFormatException ex) {
			// reported below with the other mistakes
		}
		if (number < 1) {
			problems.add(new FieldProblem("nth", "invalid", "validation.deadlines.extension.nth"));
		}
		LocalDate day = null;
		try {
			day = due == null || due.isBlank() ? null : LocalDate.parse(due.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("due", "invalid", "validation.deadlines.extension.due"));
		}
		if (day == null && problems.stream().noneMatch(p -> p.field().equals("due"))) {
			problems.add(new FieldProblem("due", "required", "validation.deadlines.extension.due"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
		return ExtensionTermsResponse.of(rule.trim(), number, day, clocks.extensionTerms(RuleId.of(rule.trim()), number, day));
	}
}
