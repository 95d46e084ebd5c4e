package org.smartcourt.audit;

import java.util.List;

import org.smartcourt.shared.Actor;

/** Reads the audit log within the actor's scope (an IT admin: their court and the courts below it). */
public interface AuditLog {

	/** A page of records and whether another page follows. */
	record Page(List<AuditEntry> entries, int page, boolean hasNext) {
	}

	/**
	 * @throws org.smartcourt.shared.DomainException (forbidden) when the actor is not an IT admin.
	 */
	Page search(Actor actor, AuditFilter filter);
}
