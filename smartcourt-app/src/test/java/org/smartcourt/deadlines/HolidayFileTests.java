package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.smartcourt.deadlines.internal.HolidayFile;

/**
 * The bundled arrangements against the State Council notices: rest days per year (2024: 元旦1 + 春节8 + 清明3 + 劳动节5 +
 * 端午1 + 中秋3 + 国庆7; 2025: 1 + 8 + 3 + 5 + 3 + 国庆中秋8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7), and every 调休 working day
 * on a weekend.
 */
class HolidayFileTests {

	private final HolidayFile file = HolidayFile.bundled();

	@Test
	void holdsTheRestDaysOfEachNotice() {
		Map<Integer, Long> rest = file.days()
			.stream()
			.filter(d -> d.kind() == DayKind.REST)
			.collect(Collectors.groupingBy(d -> d.date().getYear(), Collectors.counting()));
		assertThat(rest).containsExactlyInAnyOrderEntriesOf(Map.of(2024, 28L, 2025, 28L, 2026, 33L));
		assertThat(file.years()).containsExactly(2024, 2025, 2026);
		assertThat(file.version()).isNotBlank();
	}

	@Test
	void makesOnlyWeekendsIntoWorkingDays() {
		assertThat(file.days().stream().filter(d -> d.kind() == DayKind.WORKDAY).map(CalendarDay::date))
			.hasSize(19)
			.allMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
	}

	@Test
	void knowsTheLongHolidays() {
		CourtCalendar calendar = file.calendar();
		for (LocalDate d = LocalDate.of(2025, 1, 28); !d.isAfter(LocalDate.of(2025, 2, 4)); d = d.plusDays(1)) {
			assertThat(calendar.isRestDay(d)).as("2025 春节 %s", d).isTrue();
		}
		for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
			assertThat(calendar.isRestDay(d)).as("2026 国庆 %s", d).isTrue();
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 9))).isTrue();
		assertThat(calendar.restReason(LocalDate.of(2025, 10, 8))).contains("法定休假日（国庆节、中秋节）");
	}
}
