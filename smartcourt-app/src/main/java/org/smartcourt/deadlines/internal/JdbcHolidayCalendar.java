package org.smartcourt.deadlines.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.deadlines.CalendarDay;
import org.smartcourt.deadlines.CalendarEntry;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.deadlines.DayKind;
import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar in PostgreSQL, read afresh for each computation (a hundred rows), so every node sees a correction at
 * once.
 */
@Service
class JdbcHolidayCalendar implements HolidayCalendar {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	JdbcHolidayCalendar(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public CourtCalendar current() {
		List<CalendarDay> days = jdbc.sql("select day, kind, name from deadline_calendar_day where kind <> 'CLEARED'")
			.query((rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.list();
		return new CourtCalendar(days, years());
	}

	@Override
	public List<Integer> missingYears(LocalDate today) {
		return new CourtCalendar(List.of(), years()).missingYears(today);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CalendarEntry> year(int year) {
		return jdbc.sql("""
				select day, kind, name, source, reason, changed_by, changed_at from deadline_calendar_day
				where day between ? and ? order by day""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> new CalendarEntry(rs.getObject("day", LocalDate.class),
					"CLEARED".equals(rs.getString("kind")) ? null : DayKind.valueOf(rs.getString("kind")),
					rs.getString("name"), rs.getString("source"), rs.getString("reason"), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('IT_ADMIN')")
	public CalendarEntry set(LocalDate date, DayKind kind, String name, String reason) {
		String label = name == null || name.isBlank() ? (kind == DayKind.REST ? "放假" : "调休上班") : name.trim();
		write(date, kind.name(), label, reason);
		audit.record("deadlines.calendar.set", "calendar-day", date.toString(), AuditOutcome.SUCCESS,
				kind.name() + " " + label + "：" + reason);
		return find(date).orElseThrow();
	}

	@Override
	@Transactional
	@PreAuthorize("hasRole('IT_ADMIN')")
	public Optional<CalendarEntry> clear(LocalDate date, String reason) {
		write(date, "CLEARED", "普通日", reason);
		audit.record("deadlines.calendar.clear", "calendar-day", date.toString(), AuditOutcome.SUCCESS, reason);
		return find(date);
	}

	private void write(LocalDate date, String kind, String name, String reason) {
		String by = CurrentActor.get().map(a -> a.username()).orElse("system");
		jdbc.sql("""
				insert into deadline_calendar_day (day, kind, name, source, reason, changed_by, changed_at)
				values (?, ?, ?, 'ADMIN', ?, ?, ?)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name, source = 'ADMIN',
				       reason = excluded.reason, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
			.params(date, kind, name, reason.trim(), by, Timestamp.from(clock.instant()))
			.update();
	}

	private Optional<CalendarEntry> find(LocalDate date) {
		return year(date.getYear()).stream().filter(e -> e.date().equals(date)).findFirst();
	}

	private List<Integer> years() {
		return jdbc.sql("select year from deadline_calendar_year order by year").query(Integer.class).list();
	}
}
