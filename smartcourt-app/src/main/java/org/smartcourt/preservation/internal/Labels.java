package org.smartcourt.preservation.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Moments as the papers and the history print them, in the courts' zone: 2026年11月29日15时30分. */
final class Labels {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日H时mm分")
		.withZone(PreservationClocks.ZONE);

	private Labels() {
	}

	static String time(Instant at) {
		return TIME.format(at);
	}
}
