package org.smartcourt.bench.data;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** One line every five seconds: cases done of the total, rows written, rows per second, estimated time left. */
final class Progress {

	private final long total;
	private final AtomicLong cases;
	private final AtomicLong rows;
	private final AtomicLong resumed;
	private final long started = System.nanoTime();
	private Thread thread;

	/** @param resumed cases of chunks an earlier run committed (counted as done, not in the rate) */
	Progress(long total, AtomicLong cases, AtomicLong rows, AtomicLong resumed) {
		this.resumed = resumed;
		this.total = total;
		this.cases = cases;
		this.rows = rows;
	}

	void start() {
		thread = new Thread(() -> {
			try {
				while (true) {
					Thread.sleep(5000);
					print();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "generate-progress");
		thread.setDaemon(true);
		thread.start();
	}

	void stop() {
		thread.interrupt();
		print();
	}

	private void print() {
		double seconds = (System.nanoTime() - started) / 1e9;
		long done = cases.get();
		int width = 30;
		int filled = (int) (width * done / Math.max(1, total));
		long now = done - resumed.get();
		double left = now <= 0 ? Double.NaN : seconds * (total - done) / now;
		System.out.printf(Locale.ROOT, "[%s%s] %,d/%,d cases, %,d rows, %,.0f rows/s, %.0f s, ~%.0f s left%n",
				"#".repeat(filled), ".".repeat(width - filled), done, total, rows.get(), rows.get() / seconds, seconds,
				left);
	}
}
