package org.smartcourt.cases;

import java.util.UUID;

/** Stable identifier of a registered case; the 案号 is its human name. */
public record CaseId(UUID value) implements java.io.Serializable {

	public CaseId {
		if (value == null) {
			throw new IllegalArgumentException("case id is required");
		}
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
