package org.smartcourt.organization.internal;

import java.util.UUID;

/** Identifier of a {@link StaffMember}. */
public record StaffId(UUID value) {

	public StaffId {
		if (value == null) {
			throw new IllegalArgumentException("staff id must not be null");
		}
	}

	static StaffId random() {
		return new StaffId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
