package org.smartcourt.organization.internal;

import org.smartcourt.shared.DomainException;

/** Rules every organization aggregate shares. */
final class OrganizationRules {

	private OrganizationRules() {
	}

	/** A deactivated record stays for history (cases and audit records point at it) but is frozen. */
	static void requireActive(boolean active) {
		if (!active) {
			throw DomainException.conflict("organization-inactive", "problem.organization-inactive.detail");
		}
	}

	/** Optimistic locking: the caller edited what it read at {@code expected}; someone else may have changed it. */
	static void requireVersion(long actual, long expected) {
		if (actual != expected) {
			throw DomainException.conflict("organization-stale", "problem.organization-stale.detail");
		}
	}
}
