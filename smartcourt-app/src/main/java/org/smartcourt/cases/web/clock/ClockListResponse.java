package org.smartcourt.cases.web.clock;

import java.time.LocalDate;

import org.smartcourt.cases.internal.clock.ClockListRow;

/** A case in a 审限 list. */
record ClockListResponse(String caseId, String caseNumber, String title, String stage, String rule, LocalDate due,
		Long daysLeft, String status, int extensions) {

	static ClockListResponse of(ClockListRow row, LocalDate today, int nearDays) {
		return new ClockListResponse(row.caseId().toString(), row.caseNumber(), row.title(), row.stage().name(),
				row.rule(), row.due(), row.daysLeft(today), row.statusOn(today, nearDays), row.extensions());
	}
}
