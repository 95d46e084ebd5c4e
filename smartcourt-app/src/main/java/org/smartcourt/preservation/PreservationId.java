package org.smartcourt.preservation;

import java.util.UUID;

/** Stable identifier of a 保全申请. */
public record PreservationId(UUID value) {

	public PreservationId {
		if (value == null) {
			throw new IllegalArgumentException("preservation id is required");
		}
	}

	public static PreservationId random() {
		return new PreservationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
