package org.smartcourt.hearings;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * 延期开庭 of a scheduled hearing, with the next hearing's time.
 *
 * @param nextCourtroomId the next hearing's courtroom, or {@literal null} for the same place as before.
 * @param beyondMonthBasis required when the next hearing is more than one month after this one (2019 规定第五条).
 */
public record AdjournHearing(AdjournmentGround ground, String reason, LocalDateTime nextStart,
		LocalDateTime nextEnd, UUID nextCourtroomId, BeyondMonthBasis beyondMonthBasis, String beyondMonthReason) {
}
