package org.smartcourt.hearings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CourtId;

/**
 * A hearing of a case, in the court's local time (Asia/Shanghai).
 *
 * @param courtroomId the courtroom, or {@literal null} for an online hearing.
 * @param meetingLink the online meeting's address; only for the court and the case's parties.
 * @param closedGround why it is not public, or {@literal null} when it is public.
 * @param previousId the hearing this one continues after an adjournment, or {@literal null}.
 * @param sitting the names of the people sitting (judges, 人民陪审员).
 */
public record Hearing(HearingId id, CaseId caseId, CourtId courtId, String caseNumber, String caseTitle,
		HearingKind kind, HearingStatus status, LocalDateTime start, LocalDateTime end, UUID courtroomId,
		String courtroomName, boolean online, String meetingLink, boolean publicHearing, ClosedGround closedGround,
		boolean recordingNeeded, HearingId previousId, String scheduledBy, LocalDateTime actualStart,
		LocalDateTime actualEnd, String transcriptSha256, String transcriptName, String recordingRef,
		List<String> sitting) {

	public Hearing {
		sitting = sitting == null ? List.of() : List.copyOf(sitting);
	}

	public boolean isUpcoming() {
		return status == HearingStatus.SCHEDULED;
	}
}
