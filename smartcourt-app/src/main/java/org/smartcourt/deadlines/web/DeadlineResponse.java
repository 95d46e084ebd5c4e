package org.smartcourt.deadlines.web;

import java.util.List;

import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Exclusion;
import org.smartcourt.deadlines.Shift;

/**
 * A computed deadline as JSON: the dates (ISO), the rule with its citation, the exclusions and moves, and the Chinese
 * explanation line by line. {@code dueAt} is set for hour periods only.
 */
record DeadlineResponse(RuleResponse rule, String start, String counted, String due, String dueAt, long excludedDays,
		List<ExclusionResponse> exclusions, List<ShiftResponse> shifts, List<String> explanation) {

	record ExclusionResponse(String from, String to, long days, String reason) {
		static ExclusionResponse of(Exclusion e) {
			return new ExclusionResponse(e.from().toString(), e.to().toString(), e.days(), e.reason());
		}
	}

	record ShiftResponse(String from, String to, String reason) {
		static ShiftResponse of(Shift s) {
			return new ShiftResponse(s.from().toString(), s.to().toString(), s.reason());
		}
	}

	static DeadlineResponse of(DeadlineResult r) {
		boolean hours = r.dueAt() != null;
		return new DeadlineResponse(RuleResponse.of(r.rule()), hours ? r.start().toString() : r.start().toLocalDate().toString(),
				r.counted().toString(), r.due().toString(), hours ? r.dueAt().toString() : null, r.excludedDays(),
				r.exclusions().stream().map(ExclusionResponse::of).toList(),
				r.shifts().stream().map(ShiftResponse::of).toList(), r.explanation());
	}
}
