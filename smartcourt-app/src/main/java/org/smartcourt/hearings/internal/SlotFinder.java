package org.smartcourt.hearings.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.hearings.FreeSlot;

/**
 * Finds free slots: in court hours (上午 09:00–12:00, 下午 13:30–17:30) on working days of the {@link CourtCalendar}
 * (weekends and 法定节假日 rest, 调休 Saturdays and Sundays work), on a half-hour grid, where every person is free and
 * one of the rooms, tried in the given order, is free too. Suggestions do not overlap each other.
 */
final class SlotFinder {

	/** 法院工作时间 in which hearings are suggested. */
	static final List<LocalTime[]> SESSIONS = List.of(new LocalTime[] { LocalTime.of(9, 0), LocalTime.of(12, 0) },
			new LocalTime[] { LocalTime.of(13, 30), LocalTime.of(17, 30) });

	/** How far ahead to look. */
	static final int HORIZON_DAYS = 90;

	private static final Duration STEP = Duration.ofMinutes(30);

	/** A courtroom candidate; an empty list of rooms means an online hearing. */
	record Room(UUID id, String name, boolean technology) {
	}

	private final CourtCalendar calendar;

	SlotFinder(CourtCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * @param notBefore the earliest start (now, or the 3 days' notice of 《民事诉讼法》第一百三十九条).
	 * @param people the resources of everyone who must be free ({@code staff:…}, {@code lawyer:…}).
	 * @param rooms candidate rooms in order of preference; empty for an online hearing.
	 */
	List<FreeSlot> find(LocalDate from, LocalDateTime notBefore, Duration length, Collection<String> people,
			List<Room> rooms, List<Booking.Busy> busy, int count) {
		List<FreeSlot> found = new ArrayList<>();
		for (LocalDate day = from; found.size() < count && day.isBefore(from.plusDays(HORIZON_DAYS)); day = day
			.plusDays(1)) {
			if (calendar.isRestDay(day)) {
				continue;
			}
			for (LocalTime[] session : SESSIONS) {
				LocalDateTime start = day.atTime(session[0]);
				LocalDateTime sessionEnd = day.atTime(session[1]);
				while (found.size() < count && !start.plus(length).isAfter(sessionEnd)) {
					LocalDateTime end = start.plus(length);
					FreeSlot slot = start.isBefore(notBefore) ? null : slot(start, end, people, rooms, busy);
					if (slot != null) {
						found.add(slot);
						start = end;
					}
					else {
						start = start.plus(STEP);
					}
				}
			}
		}
		return found;
	}

	private static FreeSlot slot(LocalDateTime start, LocalDateTime end, Collection<String> people, List<Room> rooms,
			List<Booking.Busy> busy) {
		boolean peopleFree = busy.stream().noneMatch(b -> people.contains(b.resource()) && b.overlaps(start, end));
		if (!peopleFree) {
			return null;
		}
		if (rooms.isEmpty()) {
			return new FreeSlot(start, end, null, null, false);
		}
		for (Room room : rooms) {
			String resource = "room:" + room.id();
			if (busy.stream().noneMatch(b -> b.resource().equals(resource) && b.overlaps(start, end))) {
				return new FreeSlot(start, end, room.id(), room.name(), room.technology());
			}
		}
		return null;
	}
}
