package org.smartcourt.hearings;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * 延期开庭 of one hearing, with the next hearing's time, which the parties must be told (2019 规定第五条).
 *
 * @param beyondMonthBasis why the next hearing is more than a month later, or {@literal null}.
 * @param nextHearingId the hearing scheduled in its place, once in effect.
 */
public record Adjournment(UUID id, HearingId hearingId, AdjournmentGround ground, String reason,
		LocalDateTime nextStart, LocalDateTime nextEnd, BeyondMonthBasis beyondMonthBasis, String beyondMonthReason,
		AdjournmentStatus status, String requestedBy, LocalDateTime requestedAt, String decidedBy, String decisionNote,
		HearingId nextHearingId) {
}
