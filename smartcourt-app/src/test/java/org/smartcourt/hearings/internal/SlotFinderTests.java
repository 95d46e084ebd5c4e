package org.smartcourt.hearings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.deadlines.CalendarDay;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.deadlines.DayKind;
import org.smartcourt.hearings.FreeSlot;

/** Free slots: court hours on working days only (holidays skipped, 调休 weekends used), everyone and a room free. */
class SlotFinderTests {

	private static final CourtCalendar NATIONAL_DAY_2026 = new CourtCalendar(List.of(
			new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.REST, "国庆节"),
			new CalendarDay(LocalDate.of(2026, 10, 2), DayKind.REST, "国庆节"),
			new CalendarDay(LocalDate.of(2026, 10, 5), DayKind.REST, "国庆节"),
			new CalendarDay(LocalDate.of(2026, 10, 6), DayKind.REST, "国庆节"),
			new CalendarDay(LocalDate.of(2026, 10, 7), DayKind.REST, "国庆节"),
			new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "国庆节调休上班")), List.of(2026));

	private static final SlotFinder.Room PLAIN = new SlotFinder.Room(UUID.randomUUID(), "第二法庭", false);
	private static final SlotFinder.Room TECH = new SlotFinder.Room(UUID.randomUUID(), "第一法庭", true);
	private static final LocalDateTime LONG_AGO = LocalDateTime.of(2020, 1, 1, 0, 0);

	private final SlotFinder finder = new SlotFinder(NATIONAL_DAY_2026);

	@Test
	void skipsTheHolidayAndTheWeekendAndStartsOnTheFirstWorkingDay() {
		List<FreeSlot> slots = finder.find(LocalDate.of(2026, 10, 1), LONG_AGO, Duration.ofHours(2),
				Set.of("staff:judge"), List.of(PLAIN), List.of(), 3);
		assertThat(slots).extracting(FreeSlot::start)
			.containsExactly(LocalDateTime.of(2026, 10, 8, 9, 0), LocalDateTime.of(2026, 10, 8, 13, 30),
					LocalDateTime.of(2026, 10, 8, 15, 30));
	}

	@Test
	void usesTheMakeUpWorkingSaturdayButNotTheSunday() {
		List<FreeSlot> saturday = finder.find(LocalDate.of(2026, 10, 10), LONG_AGO, Duration.ofHours(3),
				Set.of(), List.of(PLAIN), List.of(), 1);
		assertThat(saturday).singleElement()
			.satisfies(s -> assertThat(s.start()).isEqualTo(LocalDateTime.of(2026, 10, 10, 9, 0)));
		List<FreeSlot> sunday = finder.find(LocalDate.of(2026, 10, 11), LONG_AGO, Duration.ofHours(3), Set.of(),
				List.of(PLAIN), List.of(), 1);
		assertThat(sunday.get(0).start().toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 12));
	}

	@Test
	void waitsUntilEveryoneIsFreeAndTakesTheNextRoomWhenTheFirstIsBusy() {
		LocalDate day = LocalDate.of(2026, 10, 12);
		List<Booking.Busy> busy = List.of(new Booking.Busy("lawyer:1", day.atTime(9, 0), day.atTime(10, 0)),
				new Booking.Busy("room:" + TECH.id(), day.atTime(9, 0), day.atTime(12, 0)));
		List<FreeSlot> slots = finder.find(day, LONG_AGO, Duration.ofMinutes(60), Set.of("staff:judge", "lawyer:1"),
				List.of(TECH, PLAIN), busy, 2);
		assertThat(slots).extracting(FreeSlot::start, FreeSlot::courtroomName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(day.atTime(10, 0), "第二法庭"),
					org.assertj.core.groups.Tuple.tuple(day.atTime(11, 0), "第二法庭"));
	}

	@Test
	void neverSuggestsThePastNorASlotRunningOverLunch() {
		LocalDate day = LocalDate.of(2026, 10, 12);
		List<FreeSlot> slots = finder.find(day, day.atTime(10, 10), Duration.ofMinutes(120), Set.of(),
				List.of(TECH), List.of(), 1);
		assertThat(slots).singleElement().satisfies(s -> {
			assertThat(s.start()).isEqualTo(day.atTime(13, 30));
			assertThat(s.technology()).isTrue();
		});
	}

	@Test
	void anOnlineHearingNeedsNoRoom() {
		List<FreeSlot> slots = finder.find(LocalDate.of(2026, 10, 12), LONG_AGO, Duration.ofMinutes(30), Set.of(),
				List.of(), List.of(), 1);
		assertThat(slots).singleElement().satisfies(s -> assertThat(s.courtroomId()).isNull());
	}
}
