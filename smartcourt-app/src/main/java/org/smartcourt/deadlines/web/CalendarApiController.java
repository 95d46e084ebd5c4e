package org.smartcourt.deadlines.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.smartcourt.deadlines.DayKind;
import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The holiday calendar: anyone signed in may read a year; only the IT admin corrects a day, with a reason (audited). */
@RestController
@RequestMapping("/api/v1/deadlines/calendar")
@Tag(name = "期限 Deadlines")
class CalendarApiController {

	static final String INVALID = "calendar-day-invalid";

	private final HolidayCalendar calendar;
	private final Clock clock;

	CalendarApiController(HolidayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/{year}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "某年节假日安排", description = "放假日与调休上班日及其来源；covered=false 表示该年安排尚未载入。")
	CalendarResponse year(@PathVariable int year) {
		return new CalendarResponse(year, calendar.current().covers(year), calendar.missingYears(LocalDate.now(clock)),
				calendar.year(year).stream().map(CalendarResponse.DayResponse::of).toList());
	}

	@PutMapping("/{date}")
	@PreAuthorize("hasRole('IT_ADMIN')")
	@Operation(summary = "更正某日（技术处）", description = "kind 为 REST（放假）、WORKDAY（调休上班）或 CLEAR（恢复为普通日）；须填写理由，记入审计日志。")
	CalendarResponse.DayResponse set(@PathVariable String date, @RequestBody CalendarDayRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate day = null;
		try {
			day = LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem("date", "invalid", "validation.deadlines.calendar.date"));
		}
		String kind = request.kind() == null ? "" : request.kind().trim().toUpperCase(Locale.ROOT);
		if (!List.of("REST", "WORKDAY", "CLEAR").contains(kind)) {
			problems.add(new FieldProblem("kind", "invalid", "validation.deadlines.calendar.kind"));
		}
		if (request.reason() == null || request.reason().isBlank()) {
			problems.add(new FieldProblem("reason", "required", "validation.deadlines.calendar.reason"));
		}
		else if (request.reason().length() > 300) {
			problems.add(new FieldProblem("reason", "too-long", "validation.deadlines.calendar.reasonLength"));
		}
		if (request.name() != null && request.name().length() > 50) {
			problems.add(new FieldProblem("name", "too-long", "validation.deadlines.calendar.nameLength"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid(INVALID, "problem." + INVALID + ".detail", problems);
		}
		if ("CLEAR".equals(kind)) {
			return calendar.clear(day, request.reason()).map(CalendarResponse.DayResponse::of).orElseThrow();
		}
		return CalendarResponse.DayResponse.of(calendar.set(day, DayKind.valueOf(kind), request.name(), request.reason()));
	}
}
