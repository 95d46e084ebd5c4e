package org.smartcourt.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** 免打扰时段 in Asia/Shanghai: a message queued inside waits for the end; outside it goes at once. */
class QuietHoursTests {

	private static Instant beijing(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(QuietHours.ZONE).toInstant();
	}

	private final QuietHours overnight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30));
	private final QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));

	@Test
	void overnightBeforeMidnightWaitsForTheNextMorning() {
		assertThat(overnight.releaseOf(beijing("2026-11-29T23:15:00"))).isEqualTo(beijing("2026-11-30T07:30:00"));
		assertThat(overnight.releaseOf(beijing("2026-11-29T22:00:00"))).isEqualTo(beijing("2026-11-30T07:30:00"));
	}

	@Test
	void overnightAfterMidnightWaitsForThatMorning() {
		assertThat(overnight.releaseOf(beijing("2026-11-30T03:00:00"))).isEqualTo(beijing("2026-11-30T07:30:00"));
	}

	@Test
	void outsideTheQuietPeriodNothingWaits() {
		Instant at = beijing("2026-11-30T07:30:00");
		assertThat(overnight.releaseOf(at)).isEqualTo(at);
		Instant afternoon = beijing("2026-11-30T15:00:00");
		assertThat(overnight.releaseOf(afternoon)).isEqualTo(afternoon);
		assertThat(lunch.releaseOf(afternoon)).isEqualTo(afternoon);
		Instant morning = beijing("2026-11-30T11:59:59");
		assertThat(lunch.releaseOf(morning)).isEqualTo(morning);
	}

	@Test
	void aDaytimePeriodEndsTheSameDay() {
		assertThat(lunch.releaseOf(beijing("2026-11-30T12:00:00"))).isEqualTo(beijing("2026-11-30T13:30:00"));
		assertThat(lunch.releaseOf(beijing("2026-11-30T13:29:59"))).isEqualTo(beijing("2026-11-30T13:30:00"));
	}

	@Test
	void theZoneIsBeijingNotTheServers() {
		// 15:30 UTC is 23:30 in Beijing: quiet
		assertThat(overnight.releaseOf(Instant.parse("2026-11-29T15:30:00Z")))
			.isEqualTo(Instant.parse("2026-11-29T23:30:00Z"));
	}

	@Test
	void aPeriodNeedsDifferentStartAndEnd() {
		assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
