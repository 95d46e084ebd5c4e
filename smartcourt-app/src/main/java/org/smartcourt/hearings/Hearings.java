package org.smartcourt.hearings;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.Actor;

/**
 * Hearings of cases. Every command checks who acts: only the case's team (承办法官, 审判长, 法官助理, 书记员)
 * schedules, adjourns and records hearings, only the court's 院长 decides an adjournment on ground (四); every command
 * is audited and recorded on the case's docket.
 */
public interface Hearings {

	/**
	 * 排期. The case must be 已分案 or 审理中.
	 *
	 * @throws org.smartcourt.shared.DomainException 409 {@code hearing-conflict} listing every conflict in Chinese.
	 */
	Hearing schedule(Actor actor, CaseId caseId, ScheduleHearing command);

	/**
	 * 延期开庭. Ground (四) waits for the 院长 ({@link AdjournmentStatus#PENDING}); the others take effect at once and
	 * schedule the next hearing.
	 *
	 * @throws org.smartcourt.shared.DomainException 409 {@code hearing-adjournment-limit} beyond the 2019 规定第三条 limit.
	 */
	Adjournment adjourn(Actor actor, HearingId hearingId, AdjournHearing command);

	/** The 院长 approves or refuses an adjournment on ground (四) (2019 规定第六条). */
	Adjournment decide(Actor actor, UUID adjournmentId, boolean approve, String note);

	/** 开庭记录: actual times, attendance and recording reference. */
	Hearing recordHeld(Actor actor, HearingId hearingId, RecordHeld command);

	/** Attaches the 庭审笔录 (PDF). */
	Hearing attachTranscript(Actor actor, HearingId hearingId, String fileName, InputStream content);

	/** A case's hearings as {@code actor} may see them (audited as a case read). */
	CaseHearings ofCase(Actor actor, CaseId caseId);

	/**
	 * A case's hearings at {@code level}, for the case page, which has already checked and audited the read: parties
	 * see adjournments only once in effect.
	 */
	CaseHearings onCasePage(CaseId caseId, org.smartcourt.cases.Audience level);

	/** One hearing, if {@code actor} may see its case. */
	Hearing get(Actor actor, HearingId hearingId);

	/**
	 * The first {@code count} free slots of {@code minutes} from {@code from} on, in court hours on working days.
	 *
	 * @param online whether no courtroom is needed.
	 */
	List<FreeSlot> suggestions(Actor actor, CaseId caseId, int minutes, LocalDate from, int count, boolean online,
			boolean recordingNeeded);

	/** The court's hearings between two days (inclusive), optionally of one courtroom or one judge (staff id). */
	List<Hearing> calendar(Actor actor, LocalDate from, LocalDate to, UUID courtroomId, UUID judgeStaffId);

	/** Today's hearings of the signed-in judge (今日开庭). */
	List<Hearing> today(Actor actor);

	/** 开庭公告: public hearings in the next 30 days, at one court or all. */
	List<Announcement> announcements(Optional<org.smartcourt.shared.CourtId> court);

	/** When the adjournment's next hearing would be, at the latest, without a reason (2019 规定第五条). */
	static LocalDateTime latestNextHearing(LocalDateTime adjourned) {
		return adjourned.plusMonths(1);
	}
}
