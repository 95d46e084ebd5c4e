package org.smartcourt.hearings.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.smartcourt.hearings.ClosedGround;
import org.smartcourt.hearings.HearingKind;
import org.smartcourt.hearings.ScheduleHearing;

/** 排期 over the API; omitted flags are false. */
record ScheduleRequest(HearingKind kind, LocalDateTime start, LocalDateTime end, UUID courtroomId, Boolean online,
		String meetingLink, List<Integer> consentingParties, ClosedGround closedGround, Boolean partyApplied,
		Boolean recordingNeeded) {

	ScheduleHearing command() {
		return new ScheduleHearing(kind, start, end, courtroomId, Boolean.TRUE.equals(online), meetingLink,
				consentingParties, closedGround, Boolean.TRUE.equals(partyApplied), Boolean.TRUE.equals(recordingNeeded));
	}
}
