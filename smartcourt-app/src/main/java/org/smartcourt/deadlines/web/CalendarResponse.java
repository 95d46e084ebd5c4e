package org.smartcourt.deadlines.web;

import java.util.List;

import org.smartcourt.deadlines.CalendarEntry;

/** A year of the holiday calendar: whether its arrangement is loaded, and its special days with provenance. */
record CalendarResponse(int year, boolean covered, List<Integer> missingYears, List<DayResponse> days) {

	/** One day; {@code kind} is {@code CLEARED} when the IT admin reset it to an ordinary day. */
	record DayResponse(String date, String kind, String name, String source, String reason, String changedBy,
			String changedAt) {
		static DayResponse of(CalendarEntry e) {
			return new DayResponse(e.date().toString(), e.kind() == null ? "CLEARED" : e.kind().name(), e.name(),
					e.source(), e.reason(), e.changedBy(), e.changedAt().toString());
		}
	}
}
