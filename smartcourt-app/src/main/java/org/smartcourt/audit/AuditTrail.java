package org.smartcourt.audit;

import org.smartcourt.shared.Actor;

/**
 * Writes audit records. Call it inside the command's transaction, so the record and the change commit together; the
 * current actor, request id and client address are taken from the request when not given.
 */
public interface AuditTrail {

	/**
	 * Records an action of the current actor (or of "anonymous" when nobody is signed in).
	 *
	 * @param action a stable dotted name, e.g. {@code organization.department.create} or {@code case.material.read}.
	 * @param targetType what kind of thing was acted on, e.g. {@code department}.
	 * @param targetId its id, or {@literal null} when the action has no single target.
	 * @param outcome how it ended.
	 * @param detail a short, non-sensitive note (never passwords or full ID numbers), or {@literal null}.
	 */
	void record(String action, String targetType, String targetId, AuditOutcome outcome, String detail);

	/** As {@link #record(String, String, String, AuditOutcome, String)}, for an actor named explicitly. */
	void record(Actor actor, String action, String targetType, String targetId, AuditOutcome outcome, String detail);

	default void success(String action, String targetType, String targetId) {
		record(action, targetType, targetId, AuditOutcome.SUCCESS, null);
	}

	default void denied(String action, String targetType, String targetId) {
		record(action, targetType, targetId, AuditOutcome.DENIED, null);
	}
}
