package org.smartcourt.appraisal.internal;

import java.util.List;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/** Checks on free text input: required, trimmed, not too long; all problems reported at once. */
final class Texts {

	private Texts() {
	}

	static String required(String value, String field, int max, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "required", "validation.appraisal.required"));
			return null;
		}
		String v = value.strip();
		if (v.length() > max) {
			problems.add(new FieldProblem(field, "too-long", "validation.appraisal.too-long", List.of(max)));
			return null;
		}
		return v;
	}

	static String optional(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}

	static void check(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
	}
}
