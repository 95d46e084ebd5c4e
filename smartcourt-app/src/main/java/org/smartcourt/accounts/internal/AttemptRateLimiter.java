package org.smartcourt.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts attempts per key (a client address, a mobile number) in fixed windows and refuses past a limit. It is
 * per node and in memory: it slows guessing down cheaply, while the account lockout, kept in the database, is the
 * cluster-wide rule.
 */
public class AttemptRateLimiter {

	private record Window(Instant start, int count) {
	}

	private final int limit;
	private final Duration window;
	private final Clock clock;
	private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

	public AttemptRateLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/** Records an attempt for the key and tells whether it is still within the limit. */
	public boolean tryAcquire(String key) {
		Instant now = clock.instant();
		if (windows.size() > 100_000) {
			windows.values().removeIf(w -> w.start().plus(window).isBefore(now));
		}
		Window updated = windows.compute(key, (k, w) -> w == null || !w.start().plus(window).isAfter(now)
				? new Window(now, 1) : new Window(w.start(), w.count() + 1));
		return updated.count() <= limit;
	}
}
