package org.smartcourt.cases.internal.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.shared.CourtId;

/**
 * A case in a 审限 list, with its clock as stored (rule, due date, status) or none.
 *
 * @param rule {@literal null} when the case has no clock.
 */
public record ClockListRow(CaseId caseId, String caseNumber, String title, CaseStage stage, CourtId court,
		UUID departmentId, String rule, LocalDate due, String status, int extensions) {

	static ClockListRow map(ResultSet rs, int row) throws SQLException {
		java.sql.Date due = rs.getDate("due_on");
		return new ClockListRow(new CaseId(rs.getObject("id", UUID.class)), rs.getString("case_number"),
				rs.getString("title"), CaseStage.valueOf(rs.getString("stage")), new CourtId(rs.getString("court_id")),
				rs.getObject("department_id", UUID.class), rs.getString("rule"), due == null ? null : due.toLocalDate(),
				rs.getString("status"), rs.getInt("extensions"));
	}

	public boolean hasClock() {
		return rule != null;
	}

	/** Calendar days from {@code today} to the due date (negative when overdue), or {@literal null}. */
	public Long daysLeft(LocalDate today) {
		return due == null ? null : ChronoUnit.DAYS.between(today, due);
	}

	/** The status on {@code today}: paused stays paused; otherwise from the days left. */
	public String statusOn(LocalDate today, int nearDays) {
		if (due == null) {
			return null;
		}
		if ("PAUSED".equals(status)) {
			return status;
		}
		long left = daysLeft(today);
		return left < 0 ? "OVERDUE" : left <= nearDays ? "NEAR_EXPIRY" : "RUNNING";
	}
}
