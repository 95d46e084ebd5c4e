package org.smartcourt.organization.internal;

import java.util.UUID;

/** Identifier of a {@link Courtroom}. */
public record CourtroomId(UUID value) {

	public CourtroomId {
		if (value == null) {
			throw new IllegalArgumentException("courtroom id must not be null");
		}
	}

	static CourtroomId random() {
		return new CourtroomId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
