package org.smartcourt.deadlines.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.shared.Role;
import org.smartcourt.shared.ShellNotice;
import org.smartcourt.shared.ShellNotices;
import org.springframework.stereotype.Component;

/**
 * The admin banner of {@link HolidayCalendarHealthIndicator}: when this year or the next (on the court clock) has no
 * 节假日安排 loaded, the IT admin is told on every page, because deadlines then treat only weekends as rest days.
 */
@Component
class HolidayCalendarNotices implements ShellNotices {

	static final String MISSING = "deadlines.notice.calendarMissing";

	private final HolidayCalendar calendar;
	private final Clock clock;

	HolidayCalendarNotices(HolidayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public List<ShellNotice> current() {
		List<Integer> missing = calendar.missingYears(LocalDate.now(clock));
		if (missing.isEmpty()) {
			return List.of();
		}
		String years = missing.stream().map(String::valueOf).collect(Collectors.joining("年、"));
		return List.of(new ShellNotice(MISSING, List.of(years), Set.of(Role.IT_ADMIN)));
	}
}
