package org.smartcourt.audit;

/** How the audited attempt ended. */
public enum AuditOutcome {
	/** It was carried out. */
	SUCCESS,
	/** It was refused: no permission or outside the actor's scope. */
	DENIED,
	/** It was attempted and failed (bad input, broken rule, error). */
	FAILURE
}
