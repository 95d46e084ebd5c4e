package org.smartcourt.hearings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 排期: a hearing to schedule for a case.
 *
 * @param courtroomId a courtroom of the case's court; {@literal null} for an online hearing.
 * @param meetingLink required for an online hearing (https address).
 * @param consentingParties for an online hearing: the seq of every party who agreed to take part online in this step
 *        (《人民法院在线诉讼规则》第四条); every party must be listed.
 * @param closedGround {@literal null} for a public hearing.
 * @param partyApplied for grounds that need a party's application (离婚, 商业秘密): whether one applied.
 */
public record ScheduleHearing(HearingKind kind, LocalDateTime start, LocalDateTime end, UUID courtroomId,
		boolean online, String meetingLink, List<Integer> consentingParties, ClosedGround closedGround,
		boolean partyApplied, boolean recordingNeeded) {

	public ScheduleHearing {
		consentingParties = consentingParties == null ? List.of() : List.copyOf(consentingParties);
	}
}
