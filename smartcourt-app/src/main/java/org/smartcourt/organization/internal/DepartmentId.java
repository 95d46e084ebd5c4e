package org.smartcourt.organization.internal;

import java.util.UUID;

/** Identifier of a {@link Department}. */
public record DepartmentId(UUID value) {

	public DepartmentId {
		if (value == null) {
			throw new IllegalArgumentException("department id must not be null");
		}
	}

	static DepartmentId random() {
		return new DepartmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
