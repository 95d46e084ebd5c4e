package org.smartcourt.deadlines.web;

import java.time.LocalDate;

import org.smartcourt.deadlines.ExtensionTerms;

/**
 * The terms of the next 延长审限 as JSON; {@code maxLength}, {@code unit}, {@code requestBy} and {@code decideBy} are
 * null where the law sets none or no extension is allowed, {@code refusal} is null when it is allowed.
 */
record ExtensionTermsResponse(String rule, int nth, LocalDate due, boolean allowed, String approver,
		boolean higherCourt, Integer maxLength, String unit, String maxLengthText, LocalDate requestBy,
		LocalDate decideBy, String citation, String refusal) {

	static ExtensionTermsResponse of(String rule, int nth, LocalDate due, ExtensionTerms t) {
		return new ExtensionTermsResponse(rule, nth, due, t.allowed(), t.approver(), t.higherCourt(), t.maxLength(),
				t.unit() == null ? null : t.unit().name(),
				t.maxLength() == null || t.unit() == null ? null : t.unit().describe(t.maxLength()), t.requestBy(),
				t.decideBy(), t.citation(), t.refusal().orElse(null));
	}
}
