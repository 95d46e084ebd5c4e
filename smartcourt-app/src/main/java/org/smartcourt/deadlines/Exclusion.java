package org.smartcourt.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A dated interval not counted in a period (扣除审限: 公告、鉴定、和解、管辖异议、中止…), both days included. Its days are
 * added to the end of the period, so an exclusion never makes a deadline earlier.
 *
 * @param from first excluded day.
 * @param to last excluded day, not before {@code from}.
 * @param reason why, in Chinese, e.g. 鉴定期间.
 */
public record Exclusion(LocalDate from, LocalDate to, String reason) {

	/** Number of excluded days, both ends included. */
	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	public boolean overlaps(Exclusion other) {
		return !from.isAfter(other.to) && !other.from.isAfter(to);
	}
}
