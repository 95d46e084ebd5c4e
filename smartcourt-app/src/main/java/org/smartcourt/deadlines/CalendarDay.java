package org.smartcourt.deadlines;

import java.time.LocalDate;

/**
 * A day the holiday arrangement sets apart from the plain Monday–Friday week.
 *
 * @param date the day.
 * @param kind rest or working day.
 * @param name the holiday, e.g. 国庆节, or 春节调休上班.
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
}
