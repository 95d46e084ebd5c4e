package org.smartcourt.deadlines.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.smartcourt.deadlines.DeadlineQuery;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.Exclusion;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * Turns typed text (API body or page form) into a {@link DeadlineQuery}, reporting every unreadable field at once:
 * an unknown rule, a start that is not {@code 2026-03-02} or {@code 2026-03-02T10:00}, an exclusion date that is not
 * a date. The engine then checks the exclusions against each other.
 */
final class DeadlineInput {

	static final String INVALID = "deadline-request-invalid";

	/** One excluded interval as typed. */
	record ExclusionText(String from, String to, String reason) {
	}

	private DeadlineInput() {
	}

	static DeadlineQuery parse(Deadlines deadlines, String ruleId, String start, List<ExclusionText> exclusions,
			boolean inCustody) {
		List<FieldProblem> problems = new ArrayList<>();
		RuleId rule = ruleId == null || ruleId.isBlank() ? null : RuleId.of(ruleId.trim());
		if (rule == null) {
			problems.add(new FieldProblem("ruleId", "required", "validation.deadlines.rule.required"));
		}
		else if (deadlines.rule(rule).isEmpty()) {
			problems.add(new FieldProblem("ruleId", "unknown", "validation.deadlines.rule.unknown"));
		}
		LocalDate startDate = null;
		LocalTime startTime = null;
		if (start == null || start.isBlank()) {
			problems.add(new FieldProblem("start", "required", "validation.deadlines.start.required"));
		}
		else {
			String text = start.trim().replace(' ', 'T');
			try {
				if (text.contains("T")) {
					LocalDateTime at = LocalDateTime.parse(text);
					startDate = at.toLocalDate();
					startTime = at.toLocalTime();
				}
				else {
					startDate = LocalDate.parse(text);
				}
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldProblem("start", "invalid", "validation.deadlines.start.invalid"));
			}
		}
		List<Exclusion> parsed = new ArrayList<>();
		List<ExclusionText> typed = exclusions == null ? List.of() : exclusions;
		for (int i = 0; i < typed.size(); i++) {
			ExclusionText e = typed.get(i);
			LocalDate from = date(e.from(), "exclusions[" + i + "].from", "validation.deadlines.exclusion.from", problems);
			LocalDate to = date(e.to(), "exclusions[" + i + "].to", "validation.deadlines.exclusion.to", problems);
			parsed.add(new Exclusion(from, to, e.reason() == null ? null : e.reason().trim()));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
		return new DeadlineQuery(rule, startDate, startTime, parsed, inCustody);
	}

	private static LocalDate date(String text, String field, String missingKey, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem(field, "required", missingKey));
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "invalid", "validation.deadlines.exclusion.date"));
			return null;
		}
	}
}
