package org.smartcourt.supervision.internal;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.supervision.FlagKind;

/** A flag on a case (四类案件 or a local trigger), open until a supervisor clears it with a reason. */
public record SupervisionFlag(UUID id, UUID caseId, String courtId, FlagKind kind, boolean automatic, String reason,
		String raisedBy, Instant raisedAt, String clearedBy, Instant clearedAt, String clearReason) {

	public boolean open() {
		return clearedAt == null;
	}
}
