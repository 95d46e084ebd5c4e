package org.smartcourt.deadlines;

import java.util.Objects;

/** The stable id of a {@link DeadlineRule}, e.g. {@code civil-first-simple}. */
public record RuleId(String value) {

	public RuleId {
		Objects.requireNonNull(value, "rule id");
	}

	public static RuleId of(String value) {
		return new RuleId(value);
	}

	@Override
	public String toString() {
		return value;
	}
}
