package org.smartcourt.accounts;

import java.time.Instant;

import org.smartcourt.shared.Role;

/** What other modules and the API may know of an account; never the password hash or second-factor secret. */
public record AccountView(String id, String username, String displayName, Role role, String courtId,
		String mobileMasked, boolean enabled, boolean locked, Instant lockedUntil) {
}
