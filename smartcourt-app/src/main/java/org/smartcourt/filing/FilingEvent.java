package org.smartcourt.filing;

import java.time.Instant;

/** One step of a filing's status trail, as the filer and both courts see it. */
public record FilingEvent(Instant occurredAt, FilingStatus status, String actorName, String actorRole,
		String courtId, String note) {
}
