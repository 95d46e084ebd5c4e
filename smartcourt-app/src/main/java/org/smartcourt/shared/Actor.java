package org.smartcourt.shared;

import java.util.Optional;

/**
 * Who is acting: the authenticated account, its role and, for staff, the court it belongs to. Every use case
 * checks role and data scope against this, not only the URL.
 *
 * @param court the staff member's court; {@literal null} for litigants and lawyers.
 */
public record Actor(UserId id, String username, String displayName, Role role, CourtId court)
		implements java.io.Serializable {

	public Actor {
		if (id == null || username == null || role == null) {
			throw new IllegalArgumentException("actor needs id, username and role");
		}
		if (role.isStaff() && court == null) {
			throw new IllegalArgumentException("a staff actor belongs to a court");
		}
	}

	public Optional<CourtId> courtId() {
		return Optional.ofNullable(court);
	}

	public boolean is(Role other) {
		return role == other;
	}

	public boolean isStaff() {
		return role.isStaff();
	}
}
