package org.smartcourt.hearings.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.hearings.AdjournHearing;
import org.smartcourt.hearings.AdjournmentGround;
import org.smartcourt.hearings.BeyondMonthBasis;
import org.smartcourt.hearings.ClosedGround;
import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.HearingId;
import org.smartcourt.hearings.HearingKind;
import org.smartcourt.hearings.Hearings;
import org.smartcourt.hearings.RecordHeld;
import org.smartcourt.hearings.ScheduleHearing;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.CurrentActor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hearing pages: the forms of the case page's 「庭审」 section (they answer back on the case page), the court's
 * 庭审日历 (day and week, per courtroom or judge), 今日开庭 and the public 开庭公告.
 */
@Controller
class HearingPageController {

	/** Flash attributes the case section shows. */
	static final String PROBLEM = "hearingProblem";
	static final String DONE = "hearingDone";

	/** One day of the calendar. */
	record CalendarDay(LocalDate date, List<Hearing> hearings) {
	}

	private final Hearings hearings;
	private final Staffing staffing;
	private final MessageSource messages;

	HearingPageController(Hearings hearings, Staffing staffing, MessageSource messages) {
		this.hearings = hearings;
		this.staffing = staffing;
		this.messages = messages;
	}

	@PostMapping("/cases/{id}/hearings")
	String schedule(@PathVariable UUID id, @RequestParam(required = false) HearingKind kind,
			@RequestParam(required = false) String start, @RequestParam(required = false) String end,
			@RequestParam(required = false) String courtroomId, @RequestParam(defaultValue = "false") boolean online,
			@RequestParam(required = false) String meetingLink,
			@RequestParam(required = false) List<Integer> consentingParties,
			@RequestParam(required = false) String closedGround,
			@RequestParam(defaultValue = "false") boolean partyApplied,
			@RequestParam(defaultValue = "false") boolean recordingNeeded, RedirectAttributes redirect) {
		return act(id, redirect, "hearing.section.scheduled",
				() -> hearings.schedule(CurrentActor.require(), new CaseId(id),
						new ScheduleHearing(kind, time(start), time(end), uuid(courtroomId), online, meetingLink,
								consentingParties, blank(closedGround) ? null : ClosedGround.valueOf(closedGround),
								partyApplied, recordingNeeded)));
	}

	@PostMapping("/hearings/{hid}/adjourn")
	String adjourn(@PathVariable UUID hid, @RequestParam UUID caseId,
			@RequestParam(required = false) AdjournmentGround ground, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String nextStart, @RequestParam(required = false) String nextEnd,
			@RequestParam(required = false) String beyondMonthBasis,
			@RequestParam(required = false) String beyondMonthReason, RedirectAttributes redirect) {
		return act(caseId, redirect, "hearing.section.adjourned",
				() -> hearings.adjourn(CurrentActor.require(), new HearingId(hid),
						new AdjournHearing(ground, reason, time(nextStart), time(nextEnd), null,
								blank(beyondMonthBasis) ? null : BeyondMonthBasis.valueOf(beyondMonthBasis),
								beyondMonthReason)));
	}

	@PostMapping("/hearings/{hid}/held")
	String held(@PathVariable UUID hid, @RequestParam UUID caseId,
			@RequestParam(required = false) String actualStart, @RequestParam(required = false) String actualEnd,
			@RequestParam(required = false) List<Integer> appeared,
			@RequestParam(required = false) String recordingRef, RedirectAttributes redirect) {
		return act(caseId, redirect, "hearing.section.held", () -> hearings.recordHeld(CurrentActor.require(),
				new HearingId(hid), new RecordHeld(time(actualStart), time(actualEnd), appeared, recordingRef)));
	}

	@PostMapping("/hearings/adjournments/{aid}/decision")
	String decide(@PathVariable UUID aid, @RequestParam UUID caseId, @RequestParam boolean approve,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(caseId, redirect, "hearing.section.decided",
				() -> hearings.decide(CurrentActor.require(), aid, approve, note));
	}

	@GetMapping("/hearings/calendar")
	String calendar(@RequestParam(defaultValue = "day") String view,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String room, @RequestParam(required = false) String judge, Model model) {
		Actor actor = CurrentActor.require();
		boolean week = "week".equals(view);
		LocalDate day = date == null ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : date;
		LocalDate from = week ? day.with(DayOfWeek.MONDAY) : day;
		LocalDate to = week ? from.plusDays(6) : day;
		List<Hearing> found = hearings.calendar(actor, from, to, uuid(room), uuid(judge));
		Map<LocalDate, List<Hearing>> byDay = new LinkedHashMap<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			byDay.put(d, new ArrayList<>());
		}
		found.forEach(h -> byDay.computeIfAbsent(h.start().toLocalDate(), d -> new ArrayList<>()).add(h));
		model.addAttribute("days", byDay.entrySet().stream().map(e -> new CalendarDay(e.getKey(), e.getValue())).toList());
		model.addAttribute("view", week ? "week" : "day");
		model.addAttribute("date", day);
		model.addAttribute("room", room == null ? "" : room);
		model.addAttribute("judge", judge == null ? "" : judge);
		model.addAttribute("rooms", staffing.courtroomsAt(actor.court()));
		model.addAttribute("judges", staffing.staffAt(actor.court())
			.stream()
			.filter(s -> s.position().hearsCases() || s.position() == Position.PEOPLES_ASSESSOR)
			.toList());
		model.addAttribute("previous", week ? from.minusWeeks(1) : day.minusDays(1));
		model.addAttribute("next", week ? from.plusWeeks(1) : day.plusDays(1));
		return "hearings/calendar";
	}

	@GetMapping("/hearings/today")
	String today(Model model) {
		model.addAttribute("hearings", hearings.today(CurrentActor.require()));
		return "hearings/today";
	}

	@GetMapping("/public/hearings")
	String announcements(@RequestParam(required = false) String court, Model model) {
		model.addAttribute("announcements",
				hearings.announcements(Optional.ofNullable(court).filter(c -> !c.isBlank()).map(CourtId::new)));
		return "hearings/public";
	}

	private String act(UUID caseId, RedirectAttributes redirect, String done, Runnable command) {
		try {
			command.run();
			redirect.addFlashAttribute(DONE, done);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute(PROBLEM, explain(ex));
		}
		return "redirect:/cases/" + caseId + "#hearings-heading";
	}

	/** The problem's detail and every field message, in Chinese, for the case page. */
	private List<String> explain(DomainException ex) {
		List<String> lines = new ArrayList<>();
		lines.add(messages.getMessage(ex.messageKey(), ex.args(), ex.messageKey(), Locale.SIMPLIFIED_CHINESE));
		ex.fieldProblems()
			.forEach(f -> lines.add(messages.getMessage(f.messageKey(), f.args().toArray(), f.messageKey(),
					Locale.SIMPLIFIED_CHINESE)));
		return lines.stream().distinct().toList();
	}

	private static LocalDateTime time(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static UUID uuid(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
