package org.smartcourt.audit;

import java.time.Instant;

/** One audit record as read back: who, in which role and court, did what to which target, when, from where. */
public record AuditEntry(long id, Instant occurredAt, String userId, String username, String role, String courtId,
		String action, String targetType, String targetId, AuditOutcome outcome, String detail, String sourceIp,
		String requestId) {
}
