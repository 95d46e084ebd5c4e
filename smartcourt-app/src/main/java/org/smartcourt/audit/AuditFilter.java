package org.smartcourt.audit;

import java.time.Instant;

/**
 * What to look for in the audit log; every criterion is optional.
 *
 * @param page zero-based page number; pages hold {@link #PAGE_SIZE} records, newest first.
 */
public record AuditFilter(Instant from, Instant to, String username, String action, String targetType,
		String targetId, AuditOutcome outcome, int page) {

	public static final int PAGE_SIZE = 50;

	public AuditFilter {
		page = Math.max(0, page);
	}

	public static AuditFilter latest() {
		return new AuditFilter(null, null, null, null, null, null, null, 0);
	}
}
