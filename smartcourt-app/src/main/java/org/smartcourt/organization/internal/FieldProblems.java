package org.smartcourt.organization.internal;

import java.util.ArrayList;
import java.util.List;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * Collects every problem with a command's fields before refusing it, so a form shows all its errors at once rather
 * than one per round trip.
 */
final class FieldProblems {

	private final List<FieldProblem> problems = new ArrayList<>();

	FieldProblems check(boolean ok, String field, String code, String messageKey) {
		if (!ok) {
			problems.add(new FieldProblem(field, code, messageKey));
		}
		return this;
	}

	FieldProblems checkText(String value, String field, int maxLength, String messagePrefix) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "required", messagePrefix + ".required"));
		}
		else if (value.strip().length() > maxLength) {
			problems.add(new FieldProblem(field, "too-long", messagePrefix + ".too-long"));
		}
		return this;
	}

	/** @throws DomainException of kind {@code INVALID_INPUT} when any check failed. */
	void throwIfAny() {
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
	}

	static String strip(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
