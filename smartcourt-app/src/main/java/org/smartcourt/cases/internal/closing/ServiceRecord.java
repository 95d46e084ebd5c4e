package org.smartcourt.cases.internal.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 送达记录: one document served on one party or agent.
 *
 * @param partySeq the recipient's seq in the case's party list; an agent's receipt counts for the party it
 *        represents.
 * @param countedOn the day that counts under {@link ServiceMethod} for the closing date.
 */
public record ServiceRecord(UUID id, UUID documentId, int partySeq, ServiceMethod method, LocalDate countedOn,
		Instant recordedAt, String recordedBy) {
}
