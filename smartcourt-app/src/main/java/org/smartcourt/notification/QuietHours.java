package org.smartcourt.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * 免打扰时段: a daily period, in the court's time (Asia/Shanghai), during which non-urgent messages wait. A start
 * after the end spans midnight (22:00–07:00); start equal to end is not a period.
 */
public record QuietHours(LocalTime start, LocalTime end) {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public QuietHours {
		if (start == null || end == null || start.equals(end)) {
			throw new IllegalArgumentException("quiet hours need a start and a different end");
		}
	}

	/** When a message queued at {@code at} may go out: {@code at} itself, or the end of the quiet period it is in. */
	public Instant releaseOf(Instant at) {
		ZonedDateTime local = at.atZone(ZONE);
		LocalTime time = local.toLocalTime();
		if (start.isBefore(end)) {
			return !time.isBefore(start) && time.isBefore(end) ? local.with(end).toInstant() : at;
		}
		if (!time.isBefore(start)) {
			return local.toLocalDate().plusDays(1).atTime(end).atZone(ZONE).toInstant();
		}
		return time.isBefore(end) ? local.with(end).toInstant() : at;
	}
}
