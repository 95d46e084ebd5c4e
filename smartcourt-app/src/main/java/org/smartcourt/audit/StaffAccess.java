package org.smartcourt.audit;

import java.time.Instant;

/**
 * One access by court staff to something of a case, as the audit log recorded it: when, who (username and role at
 * the time), what they did ({@code action}, e.g. {@code case.read}) and the recorded detail.
 */
public record StaffAccess(Instant occurredAt, String username, String role, String action, String detail) {
}
