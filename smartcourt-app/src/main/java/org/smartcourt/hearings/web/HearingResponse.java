package org.smartcourt.hearings.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.smartcourt.hearings.Hearing;

/** A hearing over the API, times in court local time (Asia/Shanghai). */
record HearingResponse(UUID id, UUID caseId, String courtId, String caseNumber, String caseTitle, String kind,
		String status, LocalDateTime start, LocalDateTime end, UUID courtroomId, String courtroomName, boolean online,
		String meetingLink, boolean publicHearing, String closedGround, boolean recordingNeeded, UUID previousId,
		LocalDateTime actualStart, LocalDateTime actualEnd, String transcriptSha256, String transcriptName,
		String recordingRef, List<String> sitting) {

	static HearingResponse of(Hearing h) {
		return new HearingResponse(h.id().value(), h.caseId().value(), h.courtId().value(), h.caseNumber(),
				h.caseTitle(), h.kind().name(), h.status().name(), h.start(), h.end(), h.courtroomId(),
				h.courtroomName(), h.online(), h.meetingLink(), h.publicHearing(),
				h.closedGround() == null ? null : h.closedGround().name(), h.recordingNeeded(),
				h.previousId() == null ? null : h.previousId().value(), h.actualStart(), h.actualEnd(),
				h.transcriptSha256(), h.transcriptName(), h.recordingRef(), h.sitting());
	}
}
