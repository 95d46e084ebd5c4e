package org.smartcourt.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored calendar day with its provenance.
 *
 * @param date the day.
 * @param kind rest, working day, or {@literal null} when the IT admin cleared it back to an ordinary day.
 * @param name the holiday or 调休 name.
 * @param source {@code REFERENCE} (the bundled arrangement) or {@code ADMIN} (a correction).
 * @param reason why the admin changed it, or the reference file's source.
 * @param changedBy who changed it last.
 * @param changedAt when.
 */
public record CalendarEntry(LocalDate date, DayKind kind, String name, String source, String reason,
		String changedBy, Instant changedAt) {
}
