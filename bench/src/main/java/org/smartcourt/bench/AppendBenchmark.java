package org.smartcourt.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Recorder;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.shared.DomainException;

/**
 * Bars (1) and (2) of issue 6: sustained appends per second, and the time from {@code Ledger.append} to the durable
 * index (the future completes once the batch's transaction committed with fsync on).
 *
 * <p>Closed model: {@code --threads} clients each append a fresh record and wait for its index, in a loop, for
 * {@code --warmup} then {@code --seconds}. Open model ({@code --rate} > 0): appends are issued at a fixed rate
 * whatever the latency, and each latency is measured from the append's intended start, so a stall counts for every
 * append it delayed (coordinated omission corrected). {@code ledger-busy} refusals are counted apart from errors.
 */
final class AppendBenchmark {

	static final List<String> OPTIONS = List.of("seconds", "warmup", "threads", "rate", "batch-size", "batch-max-age",
			"max-outstanding", "dir", "model", "analyze");

	private final Options options;
	private final LongAdder busy = new LongAdder();
	private final LongAdder errors = new LongAdder();
	private final LongAdder completed = new LongAdder();

	AppendBenchmark(Options options) {
		this.options = options;
	}

	void run() throws Exception {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("smartcourt.ledger.batch-size", options.string("batch-size", "256"));
		settings.put("smartcourt.ledger.batch-max-age", options.string("batch-max-age", "250ms"));
		settings.put("smartcourt.ledger.max-outstanding", options.string("max-outstanding", "4096"));
		System.out.println(Machine.describe());
		try (BenchApp app = BenchApp.start(options.path("dir", Path.of("bench/target/run/append")), true, settings)) {
			System.out.println("# postgresql: " + app.databaseSettings());
			Ledger ledger = app.bean(Ledger.class);
			String model = options.string("model", "closed");
			if (model.equals("closed") || model.equals("both")) {
				closed(app, ledger, options.integer("threads", 64));
			}
			if (model.equals("open") || model.equals("both")) {
				open(app, ledger, options.integer("rate", 2000));
			}
		}
	}

	private void closed(BenchApp app, Ledger ledger, int threads) throws InterruptedException {
		Duration warmup = options.duration("warmup", Duration.ofSeconds(15));
		Duration window = options.duration("seconds", Duration.ofSeconds(60));
		Recorder recorder = new Recorder(3);
		AtomicBoolean measuring = new AtomicBoolean();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> clients = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			long seed = t;
			Thread client = new Thread(() -> clientLoop(ledger, new RandomRecords(seed), recorder, measuring, stop),
					"append-client-" + t);
			client.setDaemon(true);
			clients.add(client);
			client.start();
		}
		Thread.sleep(warmup.toMillis());
		analyzeIfAsked(app);
		long ledgerBefore = ledger.size();
		reset();
		recorder.reset();
		long commitsBefore = app.commits();
		Machine.CpuSample cpuBefore = Machine.CpuSample.now();
		double processBefore = Machine.processCpuSeconds();
		double postgresBefore = app.postgresCpuSeconds();
		long start = System.nanoTime();
		measuring.set(true);
		Thread.sleep(window.toMillis());
		measuring.set(false);
		double seconds = (System.nanoTime() - start) / 1e9;
		Machine.CpuSample cpuAfter = Machine.CpuSample.now();
		double processAfter = Machine.processCpuSeconds();
		double postgresAfter = app.postgresCpuSeconds();
		long commits = app.commits() - commitsBefore;
		Latency latency = new Latency();
		latency.add(recorder.getIntervalHistogram());
		stop.set(true);
		for (Thread client : clients) {
			client.join(30_000);
		}
		long grown = ledger.size() - ledgerBefore;
		System.out.printf(Locale.ROOT,
				"closed-model threads=%d window=%.1fs appends=%d throughput=%.1f/s ledger-growth=%d busy=%d errors=%d%n",
				threads, seconds, completed.sum(), completed.sum() / seconds, grown, busy.sum(), errors.sum());
		System.out.println("  append->durable-index latency: " + latency.summary());
		System.out.printf(Locale.ROOT,
				"  db commits=%d (%.1f/s, ~%.0f appends/commit); machine cpu busy=%.0f%% of %d cores; app+bench jvm cpu=%.0f%% of one core; postgresql cpu=%.0f%% of one core; loadavg %s%n",
				commits, commits / seconds, completed.sum() / (double) Math.max(commits, 1), cpuAfter.busyPercentSince(cpuBefore),
				Runtime.getRuntime().availableProcessors(), 100 * (processAfter - processBefore) / seconds,
				100 * (postgresAfter - postgresBefore) / seconds, Machine.loadAverage());
	}

	private void clientLoop(Ledger ledger, RandomRecords records, Recorder recorder, AtomicBoolean measuring,
			AtomicBoolean stop) {
		while (!stop.get()) {
			var record = records.next();
			long t0 = System.nanoTime();
			CompletableFuture<LedgerIndex> future;
			try {
				future = ledger.append(record);
			}
			catch (DomainException e) {
				countRefusal(e, measuring.get());
				LockSupport.parkNanos(1_000_000);
				continue;
			}
			try {
				future.get(60, TimeUnit.SECONDS);
				if (measuring.get()) {
					recorder.recordValue(System.nanoTime() - t0);
					completed.increment();
				}
			}
			catch (Exception e) {
				if (measuring.get()) {
					errors.increment();
				}
			}
		}
	}

	private void open(BenchApp app, Ledger ledger, int rate) throws InterruptedException {
		Duration warmup = options.duration("warmup", Duration.ofSeconds(15));
		Duration window = options.duration("seconds", Duration.ofSeconds(60));
		Recorder recorder = new Recorder(3);
		RandomRecords records = new RandomRecords(-1);
		reset();
		long interval = 1_000_000_000L / rate;
		long start = System.nanoTime();
		long measureFrom = start + warmup.toNanos();
		long end = measureFrom + window.toNanos();
		long issued = 0;
		long commitsBefore = -1;
		Machine.CpuSample cpuBefore = null;
		List<CompletableFuture<?>> tail = new ArrayList<>();
		for (long i = 0; ; i++) {
			long intended = start + i * interval;
			if (intended >= end) {
				break;
			}
			long wait = intended - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			boolean measured = intended >= measureFrom;
			if (measured && cpuBefore == null) {
				cpuBefore = Machine.CpuSample.now();
				commitsBefore = app.commits();
			}
			try {
				CompletableFuture<LedgerIndex> future = ledger.append(records.next());
				if (measured) {
					issued++;
					future.whenComplete((index, failure) -> {
						if (failure != null) {
							errors.increment();
						}
						else {
							recorder.recordValue(System.nanoTime() - intended);
							completed.increment();
						}
					});
					if (intended + 1_000_000_000L >= end) {
						tail.add(future);
					}
				}
			}
			catch (DomainException e) {
				countRefusal(e, measured);
			}
		}
		long lateness = System.nanoTime() - end;
		for (CompletableFuture<?> f : tail) {
			try {
				f.get(60, TimeUnit.SECONDS);
			}
			catch (Exception ignored) {
				// counted by whenComplete
			}
		}
		Thread.sleep(200);
		long commits = app.commits() - commitsBefore;
		Machine.CpuSample cpuAfter = Machine.CpuSample.now();
		double seconds = window.toNanos() / 1e9;
		Latency latency = new Latency();
		latency.add(recorder.getIntervalHistogram());
		System.out.printf(Locale.ROOT,
				"open-model rate=%d/s window=%.1fs issued=%d completed=%d (%.1f/s) busy=%d errors=%d issuer-late-at-end=%.1fms%n",
				rate, seconds, issued, completed.sum(), completed.sum() / seconds, busy.sum(), errors.sum(),
				lateness / 1e6);
		System.out.println("  append->durable-index latency (from intended start, CO-corrected): " + latency.summary());
		System.out.printf(Locale.ROOT, "  db commits=%d (%.1f/s); machine cpu busy=%.0f%%; loadavg %s%n", commits,
				commits / seconds, cpuAfter.busyPercentSince(cpuBefore), Machine.loadAverage());
	}

	/**
	 * With {@code --analyze true}, runs ANALYZE after the warm-up: a fresh database has no statistics on
	 * {@code ledger_entry} until autovacuum's first pass (about a minute), and until then the dedup lookup is planned as
	 * a sequential scan whose cost grows with the log (RESULTS.md). This measures the steady state instead.
	 */
	private void analyzeIfAsked(BenchApp app) {
		if (!options.flag("analyze", false)) {
			return;
		}
		try (var c = app.dataSource().getConnection(); var s = c.createStatement()) {
			s.execute("analyze ledger_entry");
			System.out.println("# ran ANALYZE ledger_entry after the warm-up");
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private void countRefusal(DomainException e, boolean measured) {
		if (!measured) {
			return;
		}
		if ("ledger-busy".equals(e.code())) {
			busy.increment();
		}
		else {
			errors.increment();
		}
	}

	private void reset() {
		busy.reset();
		errors.reset();
		completed.reset();
	}
}
