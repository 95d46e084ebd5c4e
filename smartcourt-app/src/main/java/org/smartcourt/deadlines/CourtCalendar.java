package org.smartcourt.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days and rest days of the courts: Saturdays and Sundays rest unless the arrangement makes them 调休 working
 * days; the arrangement's holidays rest. Years without an arrangement fall back to weekends only, and
 * {@link #covers(int)} says so, so that callers can warn instead of silently assuming.
 */
public final class CourtCalendar {

	private final Map<LocalDate, CalendarDay> days = new HashMap<>();
	private final Set<Integer> years;

	public CourtCalendar(Collection<CalendarDay> days, Collection<Integer> coveredYears) {
		days.forEach(d -> this.days.put(d.date(), d));
		this.years = Set.copyOf(new TreeSet<>(coveredYears));
	}

	/** Only weekends rest; covers no year. */
	public static CourtCalendar weekendsOnly() {
		return new CourtCalendar(List.of(), List.of());
	}

	public boolean isWorkingDay(LocalDate date) {
		CalendarDay special = days.get(date);
		if (special != null) {
			return special.kind() == DayKind.WORKDAY;
		}
		return !isWeekend(date);
	}

	public boolean isRestDay(LocalDate date) {
		return !isWorkingDay(date);
	}

	/** The day itself when it is a working day, else the first working day after it. */
	public LocalDate workingDayOnOrAfter(LocalDate date) {
		LocalDate d = date;
		while (isRestDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The {@code n}-th working day after {@code start}, the start day not counted. */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		LocalDate d = start;
		int counted = 0;
		while (counted < n) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return d;
	}

	/** Why a rest day rests: 「法定休假日（国庆节）」 or 「周末休息日（星期六）」; empty for a working day. */
	public Optional<String> restReason(LocalDate date) {
		if (isWorkingDay(date)) {
			return Optional.empty();
		}
		CalendarDay special = days.get(date);
		if (special != null) {
			return Optional.of("法定休假日（" + special.name() + "）");
		}
		return Optional.of("周末休息日（" + (date.getDayOfWeek() == DayOfWeek.SATURDAY ? "星期六" : "星期日") + "）");
	}

	public Optional<CalendarDay> special(LocalDate date) {
		return Optional.ofNullable(days.get(date));
	}

	public boolean covers(int year) {
		return years.contains(year);
	}

	public Set<Integer> coveredYears() {
		return years;
	}

	/** This year and the next, where no arrangement is loaded. */
	public List<Integer> missingYears(LocalDate today) {
		List<Integer> missing = new ArrayList<>();
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			if (!covers(year)) {
				missing.add(year);
			}
		}
		return missing;
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
