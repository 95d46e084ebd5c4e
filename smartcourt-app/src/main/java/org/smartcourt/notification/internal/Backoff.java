package org.smartcourt.notification.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Retries with exponential backoff: the n-th failed attempt waits {@code initial × 2^(n-1)} (at most
 * {@code ceiling}); after {@code maxAttempts} attempts the delivery is dead-lettered.
 */
record Backoff(Duration initial, int maxAttempts, Duration ceiling) {

	Backoff {
		if (initial.isNegative() || maxAttempts < 1) {
			throw new IllegalArgumentException("backoff needs a positive delay and at least one attempt");
		}
	}

	boolean exhausted(int attempts) {
		return attempts >= maxAttempts;
	}

	Instant nextAttempt(Instant now, int attempts) {
		Duration wait = initial.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
		return now.plus(wait.compareTo(ceiling) > 0 ? ceiling : wait);
	}
}
