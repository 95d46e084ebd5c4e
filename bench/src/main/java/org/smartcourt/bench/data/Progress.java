package org.smartcourt.bench.data;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** One line every five seconds: cases done of the total, rows written, rows per second, estimated time left. */
final class Progress {

	private final long total;
	private final AtomicLong cases;
	private final AtomicLong rows;
	private final long started = System.nanoTime();
	private Thread thread;

	Progress(long total, AtomicLong cases, AtomicLong rows) {
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
		double left = done == 0 ? Double.NaN : seconds * (total - done) / done;
		System.out.printf(Locale.ROOT, "[%s%s] %,d/%,d cases, %,d rows, %,.0f rows/s, %.0f s, ~%.0f s left%n",
				"#".repeat(filled), ".".repeat(width - filled), done, total, rows.get(), rows.get() / seconds, seconds,
				left);
	}
}
