package org.smartcourt.hearings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Time for hearing tests. All tests share one database and the demo judge, lawyer and rooms, so each test takes
 * times no other test takes: a whole weekday far ahead, or an hour in the coming week for what must be announced.
 */
public final class HearingSlots {

	private static final AtomicInteger DAYS = new AtomicInteger();
	private static final AtomicInteger HOURS = new AtomicInteger();
	private static final LocalDate FAR = LocalDate.of(2028, 3, 6);

	private HearingSlots() {
	}

	/**
	 * A weekday starting 50 days of its own (so that adjourned hearings up to a month and a bit later stay inside it),
	 * far enough ahead for any notice period.
	 */
	public static LocalDate day() {
		LocalDate d = FAR.plusDays(DAYS.getAndIncrement() * 50L);
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** An hour of its own within the next 10 days (inside the 30 days of the 开庭公告), 4 days ahead at least. */
	public static LocalDateTime soon() {
		int n = HOURS.getAndIncrement();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		return today.plusDays(4 + n / 8).atTime(9 + n % 8, 0);
	}

	/** Where the browser test looks for free slots: after every {@link #soon()} hour, within 30 days. */
	public static LocalDate browserFrom() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(18);
	}
}
