package org.smartcourt.preservation.web;

import java.time.Duration;
import java.time.Instant;

/**
 * A running clock as the queue shows it: the time left (hours for periods of hours, days otherwise), red once
 * overdue, amber in the last quarter.
 *
 * @param text 剩余5小时20分, 剩余3日, 已超期2小时.
 */
record ClockView(Instant due, String text, boolean overdue, boolean lastQuarter) {

	static ClockView of(Instant start, Instant due, Instant now) {
		if (due == null) {
			return null;
		}
		Duration left = Duration.between(now, due);
		boolean overdue = left.isNegative() || left.isZero();
		Duration abs = left.abs();
		String amount = abs.toHours() < 72 ? abs.toHours() + "小时" + abs.toMinutesPart() + "分" : abs.toDays() + "日";
		boolean quarter = !overdue && start != null
				&& left.compareTo(Duration.between(start, due).dividedBy(4)) < 0;
		return new ClockView(due, (overdue ? "已超期" : "剩余") + amount, overdue, quarter);
	}
}
