package org.smartcourt.deadlines.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.smartcourt.deadlines.HolidayCalendar;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code holidayCalendar}: UP, with {@code missingYears} naming this year or the next when its
 * 节假日安排 is not loaded (deadlines then treat only weekends as rest days, and say so). It stays UP because the
 * application works; the detail is the warning for operators and the admin banner.
 */
@Component("holidayCalendar")
class HolidayCalendarHealthIndicator implements HealthIndicator {

	private final HolidayCalendar calendar;
	private final Clock clock;

	HolidayCalendarHealthIndicator(HolidayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public Health health() {
		List<Integer> missing = calendar.missingYears(LocalDate.now(clock));
		Health.Builder health = Health.up()
			.withDetail("loadedYears", calendar.current().coveredYears().stream().sorted().toList())
			.withDetail("missingYears", missing);
		if (!missing.isEmpty()) {
			health.withDetail("warning", "节假日安排未载入：" + missing + "；期限计算仅按周末确定休息日，请技术处补录国务院办公厅节假日安排。");
		}
		return health.build();
	}
}
