package org.smartcourt.hearings.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.hearings.AdjournHearing;
import org.smartcourt.hearings.Adjournment;
import org.smartcourt.hearings.AdjournmentStatus;
import org.smartcourt.hearings.Announcement;
import org.smartcourt.hearings.CaseHearings;
import org.smartcourt.hearings.ClosedGround;
import org.smartcourt.hearings.FreeSlot;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.HearingId;
import org.smartcourt.hearings.HearingStatus;
import org.smartcourt.hearings.Hearings;
import org.smartcourt.hearings.RecordHeld;
import org.smartcourt.hearings.ScheduleHearing;
import org.smartcourt.hearings.TranscriptAttached;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.CourtroomSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Hearings}: one transaction per command, with role and scope checks, audit and a docket entry. */
@Service
class HearingService implements Hearings {


	private final HearingRepository hearings;
	private final ApplicationEventPublisher events;
	private final HearingAccess access;
	private final Cases cases;
	private final Docket docket;
	private final Staffing staffing;
	private final FileStore files;
	private final AuditTrail audit;
	private final CourtTime time;
	private final JdbcClient jdbc;
	private final HearingSchedule schedule;
	private final HearingBookings bookings;
	private final HearingAnnouncements notices;

	HearingService(HearingRepository hearings, HearingAccess access, Cases cases, Docket docket, Staffing staffing,
			FileStore files, AuditTrail audit, CourtTime time, JdbcClient jdbc, HearingSchedule schedule,
			HearingBookings bookings, HearingAnnouncements notices, ApplicationEventPublisher events) {
		this.events = events;
		this.hearings = hearings;
		this.access = access;
		this.cases = cases;
		this.docket = docket;
		this.staffing = staffing;
		this.files = files;
		this.audit = audit;
		this.time = time;
		this.jdbc = jdbc;
		this.schedule = schedule;
		this.bookings = bookings;
		this.notices = notices;
	}

	@Override
	@Transactional
	public Hearing schedule(Actor actor, CaseId caseId, ScheduleHearing command) {
		CaseOverview c = access.team(actor, caseId);
		lockCase(caseId);
		List<FieldProblem> problems = new ArrayList<>(checkTimes(command.start(), command.end(), "start", "end"));
		if (command.kind() == null) {
			problems.add(new FieldProblem("kind", "required", "validation.hearing.kind"));
		}
		if (command.closedGround() != null && command.closedGround().onApplication() && !command.partyApplied()) {
			problems.add(new FieldProblem("closedGround", "application", "validation.hearing.closed-application",
					List.of(command.closedGround().citation())));
		}
		CourtroomSummary room = null;
		if (command.online() && command.closedGround() == ClosedGround.STATE_SECRET) {
			problems.add(new FieldProblem("online", "forbidden", "validation.hearing.online-secret"));
		}
		if (command.online()) {
			String link = command.meetingLink() == null ? "" : command.meetingLink().strip();
			if (!link.startsWith("https://") || link.length() > 500) {
				problems.add(new FieldProblem("meetingLink", "invalid", "validation.hearing.meeting-link"));
			}
			List<String> missing = c.partiesOnly()
				.stream()
				.filter(p -> !command.consentingParties().contains(p.seq()))
				.map(CaseParty::name)
				.toList();
			if (!missing.isEmpty()) {
				problems.add(new FieldProblem("consentingParties", "consent", "validation.hearing.consent",
						List.of(String.join("、", missing))));
			}
		}
		else {
			room = courtroom(c, command.courtroomId()).orElse(null);
			if (room == null) {
				problems.add(new FieldProblem("courtroomId", "invalid", "validation.hearing.courtroom"));
			}
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("hearing-invalid", "problem.hearing-invalid.detail", problems);
		}
		requireNoticePeriod(c, command.start());
		Hearing h = new Hearing(HearingId.random(), c.id(), c.registration().courtId(),
				c.registration().caseNumber().format(), c.registration().title(), command.kind(),
				HearingStatus.SCHEDULED, command.start(), command.end(), room == null ? null : room.id(),
				room == null ? null : room.name(), command.online(),
				command.online() ? command.meetingLink().strip() : null, command.closedGround() == null,
				command.closedGround(), command.recordingNeeded(), null, actor.username(), null, null, null, null,
				null, List.of());
		Hearing booked = bookings.book(c, h);
		if (command.online()) {
			for (CaseParty p : c.partiesOnly()) {
				hearings.consent(booked.id(), p.seq(), p.name(), actor.username(), time.now());
			}
		}
		notices.announce(actor, c, booked);
		audit.success("hearing.schedule", "hearing", booked.id().toString());
		return booked;
	}

	@Override
	@Transactional
	public Adjournment adjourn(Actor actor, HearingId hearingId, AdjournHearing command) {
		Hearing h = hearings.find(hearingId).orElseThrow(() -> hearingNotFound(hearingId));
		CaseOverview c = access.team(actor, h.caseId());
		lockCase(c.id());
		h = hearings.lock(hearingId).orElseThrow();
		if (h.status() != HearingStatus.SCHEDULED) {
			throw DomainException.conflict("hearing-not-scheduled", "problem.hearing-not-scheduled.detail");
		}
		List<FieldProblem> problems = new ArrayList<>(
				checkTimes(command.nextStart(), command.nextEnd(), "nextStart", "nextEnd"));
		if (command.ground() == null) {
			problems.add(new FieldProblem("ground", "required", "validation.hearing.ground"));
		}
		if (command.reason() == null || command.reason().isBlank() || command.reason().length() > 1000) {
			problems.add(new FieldProblem("reason", "required", "validation.hearing.reason"));
		}
		if (command.nextCourtroomId() != null && courtroom(c, command.nextCourtroomId()).isEmpty()) {
			problems.add(new FieldProblem("nextCourtroomId", "invalid", "validation.hearing.courtroom"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("hearing-invalid", "problem.hearing-invalid.detail", problems);
		}
		int limit = adjournmentLimit(c.procedure());
		if (hearings.countedAdjournments(c.id()) >= limit) {
			throw DomainException.conflict("hearing-adjournment-limit", "problem.hearing-adjournment-limit.detail",
					limit, new org.springframework.context.support.DefaultMessageSourceResolvable(
							c.procedure().labelKey()));
		}
		// 2019 规定第五条: two hearings at most one month apart, unless force majeure or the parties agree.
		if (command.nextStart().isAfter(Hearings.latestNextHearing(h.start()))
				&& (command.beyondMonthBasis() == null || command.beyondMonthReason() == null
						|| command.beyondMonthReason().isBlank())) {
			throw new DomainException(DomainException.Kind.RULE_VIOLATION, "hearing-interval",
					"problem.hearing-interval.detail",
					List.of(new FieldProblem("beyondMonthBasis", "required", "validation.hearing.beyond-month")),
					HearingTexts.period(command.nextStart(), command.nextEnd()));
		}
		boolean pending = command.ground().needsPresidentApproval();
		Adjournment adjournment = new Adjournment(UUID.randomUUID(), h.id(), command.ground(),
				command.reason().strip(), command.nextStart(), command.nextEnd(), command.beyondMonthBasis(),
				blankToNull(command.beyondMonthReason()), pending ? AdjournmentStatus.PENDING : AdjournmentStatus.APPROVED,
				actor.username(), time.now(), null, null, null);
		hearings.insertAdjournment(adjournment, c.id(), command.nextCourtroomId());
		if (pending) {
			docket.record(c.id(), actor, new NewDocketEntry(DocketEntryType.INTERNAL_NOTE, null, Audience.COURT,
					"延期开庭（" + command.ground().citation() + "）报请院长批准：" + adjournment.reason(),
					Map.of("hearingId", h.id().toString(), "adjournmentId", adjournment.id().toString())));
			audit.success("hearing.adjournment.request", "hearing", h.id().toString());
			return adjournment;
		}
		HearingId next = putInEffect(actor, c, h, adjournment, command.nextCourtroomId());
		hearings.linkNext(adjournment.id(), next);
		audit.success("hearing.adjourn", "hearing", h.id().toString());
		return adjournment(c.id(), adjournment.id());
	}

	@Override
	@Transactional
	public Adjournment decide(Actor actor, UUID adjournmentId, boolean approve, String note) {
		Adjournment a = hearings.lockAdjournment(adjournmentId)
			.orElseThrow(() -> DomainException.notFound("hearing-adjournment-not-found",
					"problem.hearing-adjournment-not-found.detail"));
		Hearing h = hearings.find(a.hearingId()).orElseThrow();
		CaseOverview c = access.visible(actor, h.caseId());
		// 2019 规定第六条: the 院长 of the court hearing the case approves.
		if (!actor.is(Role.PRESIDENT) || !h.courtId().equals(actor.court())) {
			audit.denied("hearing.adjournment.decide", "hearing", h.id().toString());
			throw DomainException.forbidden("hearing-president-only", "problem.hearing-president-only.detail");
		}
		if (a.status() != AdjournmentStatus.PENDING) {
			throw DomainException.conflict("hearing-adjournment-decided", "problem.hearing-adjournment-decided.detail");
		}
		lockCase(c.id());
		String why = blankToNull(note);
		if (!approve) {
			hearings.decideAdjournment(a.id(), AdjournmentStatus.REFUSED, actor.username(), time.now(), why, null);
			docket.record(c.id(), actor, new NewDocketEntry(DocketEntryType.INTERNAL_NOTE, null, Audience.COURT,
					"院长不批准延期开庭" + (why == null ? "" : "：" + why), Map.of("adjournmentId", a.id().toString())));
			audit.success("hearing.adjournment.refuse", "hearing", h.id().toString());
			return adjournment(c.id(), a.id());
		}
		if (h.status() != HearingStatus.SCHEDULED) {
			throw DomainException.conflict("hearing-not-scheduled", "problem.hearing-not-scheduled.detail");
		}
		HearingId next = putInEffect(actor, c, h, a, hearings.nextCourtroomOf(a.id()).orElse(null));
		hearings.decideAdjournment(a.id(), AdjournmentStatus.APPROVED, actor.username(), time.now(), why, next);
		audit.success("hearing.adjournment.approve", "hearing", h.id().toString());
		return adjournment(c.id(), a.id());
	}

	@Override
	@Transactional
	public Hearing recordHeld(Actor actor, HearingId hearingId, RecordHeld command) {
		Hearing h = hearings.find(hearingId).orElseThrow(() -> hearingNotFound(hearingId));
		CaseOverview c = access.team(actor, h.caseId());
		h = hearings.lock(hearingId).orElseThrow();
		if (h.status() != HearingStatus.SCHEDULED) {
			throw DomainException.conflict("hearing-not-scheduled", "problem.hearing-not-scheduled.detail");
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (command.actualStart() == null || command.actualEnd() == null
				|| !command.actualEnd().isAfter(command.actualStart())) {
			problems.add(new FieldProblem("actualEnd", "invalid", "validation.hearing.actual-times"));
		}
		else if (command.actualStart().isAfter(time.now())) {
			problems.add(new FieldProblem("actualStart", "future", "validation.hearing.actual-future"));
		}
		Set<Integer> known = c.parties().stream().map(CaseParty::seq).collect(Collectors.toSet());
		if (!known.containsAll(command.appeared())) {
			problems.add(new FieldProblem("appeared", "invalid", "validation.hearing.appeared"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("hearing-invalid", "problem.hearing-invalid.detail", problems);
		}
		List<String> present = new ArrayList<>();
		List<String> absent = new ArrayList<>();
		for (CaseParty p : c.parties()) {
			boolean appeared = command.appeared().contains(p.seq());
			hearings.attendance(h.id(), p.seq(), p.name(), p.agent(), appeared);
			(appeared ? present : absent).add(p.name());
		}
		hearings.markHeld(h.id(), command.actualStart(), command.actualEnd(), blankToNull(command.recordingRef()));
		docket.record(c.id(), actor, new NewDocketEntry(DocketEntryType.HEARING_HELD,
				command.actualStart().toLocalDate(), Audience.PARTIES,
				HearingTexts.kindName(h.kind()) + "：" + HearingTexts.period(command.actualStart(), command.actualEnd())
						+ "，" + HearingTexts.place(h) + "；到庭：" + names(present) + "；未到庭：" + names(absent),
				Map.of("hearingId", h.id().toString())));
		audit.success("hearing.held", "hearing", h.id().toString());
		return hearings.find(h.id()).orElseThrow();
	}

	@Override
	@Transactional
	public Hearing attachTranscript(Actor actor, HearingId hearingId, String fileName, InputStream content) {
		Hearing h = hearings.find(hearingId).orElseThrow(() -> hearingNotFound(hearingId));
		access.team(actor, h.caseId());
		if (h.status() != HearingStatus.HELD) {
			throw DomainException.conflict("hearing-not-held", "problem.hearing-not-held.detail");
		}
		StoredFile stored = files.store("file", fileName, content, Set.of(DocumentType.PDF));
		hearings.attachTranscript(h.id(), stored.sha256(), fileName == null ? "庭审笔录.pdf" : fileName);
		audit.success("hearing.transcript", "hearing", h.id().toString());
		events.publishEvent(new TranscriptAttached(h.caseId(), h.id(), stored.sha256()));
		return hearings.find(h.id()).orElseThrow();
	}

	@Override
	@Transactional
	public CaseHearings ofCase(Actor actor, CaseId caseId) {
		Cases.CaseView view = cases.view(actor, caseId);
		return onCasePage(caseId, view.level());
	}

	@Override
	@Transactional(readOnly = true)
	public CaseHearings onCasePage(CaseId caseId, Audience level) {
		boolean court = level == Audience.COURT;
		List<Hearing> all = hearings.ofCase(caseId);
		List<Adjournment> adjournments = hearings.adjournmentsOfCase(caseId)
			.stream()
			.filter(a -> court || a.status() == AdjournmentStatus.APPROVED)
			.toList();
		Map<HearingId, List<org.smartcourt.hearings.Attendance>> attendance = new LinkedHashMap<>();
		all.stream()
			.filter(h -> h.status() == HearingStatus.HELD)
			.forEach(h -> attendance.put(h.id(), hearings.attendanceOf(h.id())));
		return new CaseHearings(level, all, adjournments, hearings.noticesOfCase(caseId), attendance);
	}

	@Override
	@Transactional
	public Hearing get(Actor actor, HearingId hearingId) {
		Hearing h = hearings.find(hearingId).orElseThrow(() -> hearingNotFound(hearingId));
		try {
			cases.view(actor, h.caseId());
		}
		catch (DomainException ex) {
			throw hearingNotFound(hearingId);
		}
		return h;
	}

	@Override
	public List<FreeSlot> suggestions(Actor actor, CaseId caseId, int minutes, LocalDate from, int count,
			boolean online, boolean recordingNeeded) {
		return schedule.suggestions(actor, caseId, minutes, from, count, online, recordingNeeded);
	}

	@Override
	public List<Hearing> calendar(Actor actor, LocalDate from, LocalDate to, UUID courtroomId, UUID judgeStaffId) {
		return schedule.calendar(actor, from, to, courtroomId, judgeStaffId);
	}

	@Override
	public List<Hearing> today(Actor actor) {
		return schedule.today(actor);
	}

	@Override
	public List<Announcement> announcements(Optional<CourtId> court) {
		return schedule.announcements(court);
	}

	/** The adjourned hearing gives way to the next one, which the parties are told of with the reason. */
	private HearingId putInEffect(Actor actor, CaseOverview c, Hearing adjourned, Adjournment a, UUID nextRoomId) {
		hearings.markAdjourned(adjourned.id());
		hearings.release(adjourned.id());
		UUID roomId = adjourned.online() ? null : nextRoomId == null ? adjourned.courtroomId() : nextRoomId;
		String roomName = roomId == null ? null
				: courtroom(c, roomId).map(CourtroomSummary::name).orElse(adjourned.courtroomName());
		requireNoticePeriod(c, a.nextStart());
		Hearing next = new Hearing(HearingId.random(), c.id(), adjourned.courtId(), adjourned.caseNumber(),
				adjourned.caseTitle(), adjourned.kind(), HearingStatus.SCHEDULED, a.nextStart(), a.nextEnd(), roomId,
				roomName, adjourned.online(), adjourned.meetingLink(), adjourned.publicHearing(),
				adjourned.closedGround(), adjourned.recordingNeeded(), adjourned.id(), actor.username(), null, null,
				null, null, null, List.of());
		Hearing booked = bookings.book(c, next);
		jdbc.sql("""
				insert into hearing_consent (hearing_id, party_seq, party_name, recorded_by, recorded_at)
				select ?, party_seq, party_name, recorded_by, recorded_at from hearing_consent where hearing_id = ?""")
			.params(booked.id().value(), adjourned.id().value())
			.update();
		docket.record(c.id(), actor, new NewDocketEntry(DocketEntryType.ADJOURNED, null, Audience.PARTIES,
				"延期开庭（" + a.ground().citation() + "）：" + a.reason() + "；下次" + HearingTexts.kindName(next.kind())
						+ "：" + HearingTexts.period(next.start(), next.end()) + "，" + HearingTexts.place(booked)
						+ (a.beyondMonthBasis() == null ? ""
								: "（间隔超过一个月："
										+ (a.beyondMonthBasis() == org.smartcourt.hearings.BeyondMonthBasis.FORCE_MAJEURE
												? "不可抗力" : "当事人同意")
										+ "，" + a.beyondMonthReason() + "）"),
				Map.of("hearingId", adjourned.id().toString(), "nextHearingId", booked.id().toString(), "ground",
						a.ground().name())));
		notices.announce(actor, c, booked);
		return booked.id();
	}

	/** Checks conflicts, then books; a concurrent booking that committed first is refused by the constraint. */
	private List<FieldProblem> checkTimes(LocalDateTime start, LocalDateTime end, String startField,
			String endField) {
		if (start == null) {
			return List.of(new FieldProblem(startField, "required", "validation.hearing.start"));
		}
		if (end == null || !end.isAfter(start) || !end.toLocalDate().equals(start.toLocalDate())) {
			return List.of(new FieldProblem(endField, "invalid", "validation.hearing.end"));
		}
		if (!start.isAfter(time.now())) {
			return List.of(new FieldProblem(startField, "past", "validation.hearing.past"));
		}
		return List.of();
	}

	/** 《民事诉讼法》第一百三十九条: parties are told three days ahead; 简易 and 小额 cases are exempt (第一百六十三条). */
	private void requireNoticePeriod(CaseOverview c, LocalDateTime start) {
		if (!shortNotice(c.procedure()) && start.toLocalDate().isBefore(time.today().plusDays(3))) {
			throw DomainException.ruleViolation("hearing-notice-period", "problem.hearing-notice-period.detail");
		}
	}

	/** 简易程序 and 小额诉讼: no three days' notice (《民事诉讼法》第一百六十三条), one adjournment at most. */
	static boolean shortNotice(Procedure procedure) {
		return procedure == Procedure.SIMPLIFIED || procedure == Procedure.SMALL_CLAIMS;
	}

	/** 2019 规定第三条: at most twice under 普通程序, once under 简易程序 and 小额速裁. */
	static int adjournmentLimit(Procedure procedure) {
		return shortNotice(procedure) ? 1 : 2;
	}

	private Optional<CourtroomSummary> courtroom(CaseOverview c, UUID id) {
		if (id == null) {
			return Optional.empty();
		}
		return staffing.courtroomsAt(c.registration().courtId()).stream().filter(r -> r.id().equals(id)).findFirst();
	}

	private Adjournment adjournment(CaseId caseId, UUID id) {
		return hearings.adjournmentsOfCase(caseId).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	/** Commands on one case's hearings queue, so limits are counted on a settled state. */
	private void lockCase(CaseId caseId) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("hearing-case:" + caseId)
			.query((rs, n) -> 1)
			.list();
	}

	private static DomainException hearingNotFound(HearingId id) {
		return DomainException.notFound("hearing-not-found", "problem.hearing-not-found.detail", id.toString());
	}

	private static String names(List<String> names) {
		return names.isEmpty() ? "无" : String.join("、", names);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
