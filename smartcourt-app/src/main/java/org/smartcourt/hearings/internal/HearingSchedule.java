package org.smartcourt.hearings.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.hearings.Announcement;
import org.smartcourt.hearings.FreeSlot;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.organization.Courts;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.CourtroomSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of hearings that looks across cases: free slots for a new hearing, the court's calendar, a judge's
 * 今日开庭 and the public 开庭公告.
 */
@Component
class HearingSchedule {

	/** 开庭公告 covers the hearings of the next 30 days. */
	static final int ANNOUNCEMENT_DAYS = 30;
	static final int MAX_SUGGESTIONS = 20;

	private final HearingRepository hearings;
	private final HearingAccess access;
	private final Staffing staffing;
	private final Courts courts;
	private final HolidayCalendar holidays;
	private final CourtTime time;

	HearingSchedule(HearingRepository hearings, HearingAccess access, Staffing staffing, Courts courts,
			HolidayCalendar holidays, CourtTime time) {
		this.hearings = hearings;
		this.access = access;
		this.staffing = staffing;
		this.courts = courts;
		this.holidays = holidays;
		this.time = time;
	}

	@Transactional(readOnly = true)
	List<FreeSlot> suggestions(Actor actor, CaseId caseId, int minutes, LocalDate from, int count,
			boolean online, boolean recordingNeeded) {
		CaseOverview c = access.court(actor, caseId);
		if (minutes < 15 || minutes > 240 || count < 1 || count > MAX_SUGGESTIONS) {
			throw DomainException.invalid("hearing-invalid", "problem.hearing-invalid.detail",
					List.of(new FieldProblem("minutes", "range", "validation.hearing.minutes")));
		}
		LocalDateTime notBefore = time.now();
		if (!HearingService.shortNotice(c.procedure())) {
			notBefore = later(notBefore, time.today().plusDays(3).atStartOfDay());
		}
		LocalDate start = from == null || from.isBefore(time.today()) ? time.today() : from;
		List<SlotFinder.Room> rooms = online ? List.of()
				: staffing.courtroomsAt(c.registration().courtId())
					.stream()
					.sorted(Comparator.comparing((CourtroomSummary r) -> recordingNeeded && !r.technology())
						.thenComparing(CourtroomSummary::name))
					.map(r -> new SlotFinder.Room(r.id(), r.name(), r.technology()))
					.toList();
		Set<String> people = Booking.of(c, null).stream().map(Booking::resource).collect(Collectors.toSet());
		Set<String> resources = new LinkedHashSet<>(people);
		rooms.forEach(r -> resources.add("room:" + r.id()));
		List<Booking.Busy> busy = hearings.busy(resources, start.atStartOfDay(),
				start.plusDays(SlotFinder.HORIZON_DAYS).atStartOfDay());
		return new SlotFinder(holidays.current()).find(start, notBefore, Duration.ofMinutes(minutes), people, rooms,
				busy, count);
	}

	@Transactional(readOnly = true)
	List<Hearing> calendar(Actor actor, LocalDate from, LocalDate to, UUID courtroomId, UUID judgeStaffId) {
		if (!actor.isStaff()) {
			throw DomainException.forbidden("hearing-staff-only", "problem.hearing-staff-only.detail");
		}
		return hearings.atCourt(actor.court(), from.atStartOfDay(), to.plusDays(1).atStartOfDay(), courtroomId,
				judgeStaffId);
	}

	@Transactional(readOnly = true)
	List<Hearing> today(Actor actor) {
		if (!actor.isStaff()) {
			throw DomainException.forbidden("hearing-staff-only", "problem.hearing-staff-only.detail");
		}
		return staffing.byUsername(actor.username())
			.map(s -> hearings.atCourt(actor.court(), time.today().atStartOfDay(),
					time.today().plusDays(1).atStartOfDay(), null, s.id()))
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	List<Announcement> announcements(Optional<CourtId> court) {
		Map<CourtId, String> names = new LinkedHashMap<>();
		return hearings
			.publicBetween(time.now(), time.today().plusDays(ANNOUNCEMENT_DAYS + 1).atStartOfDay(), court.orElse(null))
			.stream()
			.map(h -> new Announcement(
					names.computeIfAbsent(h.courtId(),
							id -> courts.find(id).map(Courts.CourtSummary::name).orElse(id.value())),
					h.caseNumber(), h.caseTitle(), h.kind(), h.start(), h.end(),
					h.online() ? "在线庭审" : h.courtroomName()))
			.toList();
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

}
