package org.smartcourt.hotline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Today in the courts' zone, for service targets and escalation. */
@Component
public class HotlineClock {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	HotlineClock(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	public java.time.Instant now() {
		return clock.instant();
	}
}
