package org.smartcourt.hearings;

import java.util.UUID;

/** Stable identifier of a hearing. */
public record HearingId(UUID value) {

	public HearingId {
		if (value == null) {
			throw new IllegalArgumentException("hearing id is required");
		}
	}

	public static HearingId random() {
		return new HearingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
