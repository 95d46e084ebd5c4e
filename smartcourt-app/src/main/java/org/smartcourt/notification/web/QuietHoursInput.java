package org.smartcourt.notification.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.smartcourt.notification.QuietHours;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/** Quiet hours as typed (HH:mm): both empty means none. */
record QuietHoursInput(String start, String end) {

	/** @throws DomainException {@code INVALID_INPUT} on {@code quietStart} when malformed or only half given. */
	QuietHours parse() {
		boolean noStart = start == null || start.isBlank();
		boolean noEnd = end == null || end.isBlank();
		if (noStart && noEnd) {
			return null;
		}
		try {
			if (!noStart && !noEnd) {
				LocalTime s = LocalTime.parse(start.strip());
				LocalTime e = LocalTime.parse(end.strip());
				if (!s.equals(e)) {
					return new QuietHours(s, e);
				}
			}
		}
		catch (DateTimeParseException ex) {
			// falls through to the field error
		}
		throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem("quietStart", "invalid", "validation.notification.quiet-hours")));
	}
}
