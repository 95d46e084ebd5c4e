package org.smartcourt.filing;

import java.util.UUID;

/** Identifier of a filing application (立案申请). */
public record FilingId(UUID value) {

	public FilingId {
		if (value == null) {
			throw new IllegalArgumentException("filing id must not be null");
		}
	}

	public static FilingId random() {
		return new FilingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
