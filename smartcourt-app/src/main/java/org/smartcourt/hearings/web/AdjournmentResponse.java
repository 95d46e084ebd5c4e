package org.smartcourt.hearings.web;

import java.time.LocalDateTime;
import java.util.UUID;

import org.smartcourt.hearings.Adjournment;

/** An adjournment over the API, with its legal ground spelled out. */
record AdjournmentResponse(UUID id, UUID hearingId, String ground, String citation, String reason,
		LocalDateTime nextStart, LocalDateTime nextEnd, String beyondMonthBasis, String beyondMonthReason,
		String status, UUID nextHearingId) {

	static AdjournmentResponse of(Adjournment a) {
		return new AdjournmentResponse(a.id(), a.hearingId().value(), a.ground().name(), a.ground().citation(),
				a.reason(), a.nextStart(), a.nextEnd(), a.beyondMonthBasis() == null ? null : a.beyondMonthBasis().name(),
				a.beyondMonthReason(), a.status().name(), a.nextHearingId() == null ? null : a.nextHearingId().value());
	}
}
