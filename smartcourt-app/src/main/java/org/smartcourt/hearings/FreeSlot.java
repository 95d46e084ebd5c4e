package org.smartcourt.hearings;

import java.time.LocalDateTime;
import java.util.UUID;

/** A time when the courtroom (if any) and everyone who must be there are free. */
public record FreeSlot(LocalDateTime start, LocalDateTime end, UUID courtroomId, String courtroomName,
		boolean technology) {
}
