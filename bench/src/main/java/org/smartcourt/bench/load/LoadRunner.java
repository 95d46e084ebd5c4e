package org.smartcourt.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives the workload for the warm-up and the measured window. Closed model: a fixed number of virtual users per
 * role, each stepping as soon as its previous step is answered. Open model: steps arrive at a fixed rate whatever the
 * answers, their role drawn with the mix's weights, and each is timed from its intended start, so a slow answer that
 * delays the following requests shows in their latency (corrected for coordinated omission).
 */
final class LoadRunner {

	private final Workload workload;
	private final LoadStats stats;

	LoadRunner(Workload workload, LoadStats stats) {
		this.workload = workload;
		this.stats = stats;
	}

	/** Runs the closed model; returns the measured window's length in seconds. */
	double closed(Mix users, Duration warmup, Duration window, long seed) throws InterruptedException {
		List<Thread> threads = new ArrayList<>();
		long end = System.nanoTime() + warmup.toNanos() + window.toNanos();
		int n = 0;
		for (Role role : Role.values()) {
			for (int i = 0; i < users.users().getOrDefault(role, 0); i++) {
				Random random = new Random(seed + n++);
				Thread t = new Thread(() -> {
					while (System.nanoTime() < end) {
						workload.step(role, random, System.nanoTime());
					}
				}, "load-" + role.key() + "-" + i);
				t.setDaemon(true);
				threads.add(t);
			}
		}
		threads.forEach(Thread::start);
		return window(warmup, window, () -> {
			for (Thread t : threads) {
				t.join();
			}
		});
	}

	/** Runs the open model at {@code rate} steps per second; returns the measured window's length in seconds. */
	double open(Mix weights, double rate, int maxConcurrency, Duration warmup, Duration window, long seed)
			throws InterruptedException {
		ExecutorService workers = Executors.newFixedThreadPool(maxConcurrency, r -> {
			Thread t = new Thread(r, "load-open");
			t.setDaemon(true);
			return t;
		});
		long start = System.nanoTime();
		long total = (long) (rate * (warmup.toNanos() + window.toNanos()) / 1e9);
		double interval = 1e9 / rate;
		AtomicLong late = new AtomicLong();
		Thread dispatcher = new Thread(() -> {
			Random random = new Random(seed);
			for (long i = 0; i < total; i++) {
				long intended = start + (long) (i * interval);
				long wait = intended - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				else if (wait < -1_000_000) {
					late.incrementAndGet();
				}
				Role role = weights.draw(random);
				Random own = new Random(random.nextLong());
				workers.execute(() -> workload.step(role, own, intended));
			}
		}, "load-dispatcher");
		dispatcher.setDaemon(true);
		dispatcher.start();
		double seconds = window(warmup, window, () -> {
			dispatcher.join();
			workers.shutdown();
			workers.awaitTermination(2, TimeUnit.MINUTES);
		});
		if (late.get() > 0) {
			System.out.printf("# the dispatcher was more than 1 ms late for %d arrivals (their latency counts from the "
					+ "intended start)%n", late.get());
		}
		return seconds;
	}

	private interface Waiting {
		void await() throws InterruptedException;
	}

	private double window(Duration warmup, Duration window, Waiting finish) throws InterruptedException {
		Thread.sleep(warmup.toMillis());
		stats.measure(true);
		long from = System.nanoTime();
		Thread.sleep(window.toMillis());
		finish.await();
		stats.measure(false);
		// steps still running at the end of the window are counted: they were sent inside it
		return (System.nanoTime() - from) / 1e9;
	}
}
