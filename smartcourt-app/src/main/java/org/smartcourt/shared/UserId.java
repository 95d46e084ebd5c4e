package org.smartcourt.shared;

import java.util.UUID;

/** Identifier of a user account (staff, litigant or lawyer). */
public record UserId(UUID value) implements java.io.Serializable {

	public UserId {
		if (value == null) {
			throw new IllegalArgumentException("user id must not be null");
		}
	}

	public static UserId random() {
		return new UserId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
