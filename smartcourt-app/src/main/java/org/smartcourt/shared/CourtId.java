package org.smartcourt.shared;

import java.util.regex.Pattern;

/**
 * Stable identifier of a court: the key of its row in the court reference data (for example {@code 220100}
 * for 长春市中级人民法院). It is not the 法院代字, which may change when divisions are re-drawn.
 */
public record CourtId(String value) implements java.io.Serializable {

	private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z-]{2,32}");

	public CourtId {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("invalid court id: " + value);
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
