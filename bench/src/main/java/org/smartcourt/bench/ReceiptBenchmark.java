package org.smartcourt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Recorder;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.Policy;
import org.smartcourt.ledger.core.note.TlogProof;
import org.smartcourt.ledger.internal.LogReader;
import org.smartcourt.ledger.internal.Receipts;

/**
 * Bar (4) of issue 6: from {@code Ledger.append} to a receipt (c2sp.org/tlog-proof) whose checkpoint carries both
 * demo witnesses' cosignatures. {@code --clients} threads each append a fresh record and ask for its receipt with
 * wait, in a loop: in-process through {@link Receipts#receipt}, then over HTTP
 * ({@code GET /api/v1/ledger/receipts/{i}?wait=true}). Every receipt is parsed from its text form and verified as a
 * party would: against the policy served at {@code /ledger/policy} (log signature, both witnesses' cosignatures,
 * quorum), the inclusion proof, and the leaf being this record's canonical leaf.
 */
final class ReceiptBenchmark {

	static final List<String> OPTIONS = List.of("interval", "clients", "seconds", "http-seconds", "http-clients", "dir");

	private final Options options;

	ReceiptBenchmark(Options options) {
		this.options = options;
	}

	void run() throws Exception {
		String interval = options.string("interval", "2s");
		Path dir = options.path("dir", Path.of("bench/target/run/receipts-" + interval));
		System.out.println(Machine.describe());
		try (BenchApp app = BenchApp.start(dir, true, Map.of("smartcourt.ledger.checkpoint.interval", interval))) {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			String base = "http://127.0.0.1:" + app.port();
			Policy policy = Policy.parse(get(http, base + "/ledger/policy"));
			System.out.println("# policy: " + policy.witnesses().size() + " witnesses, quorum " + policy.quorum() + ", "
					+ policy.logs().size() + " log keys");
			if (policy.witnesses().size() < 2) {
				throw new IllegalStateException("the demo should have two witnesses");
			}
			Ledger ledger = app.bean(Ledger.class);
			Receipts receipts = app.bean(Receipts.class);
			TreeHasher hasher = app.bean(LogReader.class).hasher();
			Verifier verifier = new Verifier(policy, hasher);
			// let the first checkpoints (size 0, audit records of start-up) settle before measuring
			Thread.sleep(3000);
			measure("in-process Receipts.receipt(i, 20s)", options.integer("clients", 8),
					options.duration("seconds", Duration.ofSeconds(30)), ledger, verifier,
					index -> receipts.receipt(index, Receipts.MAX_WAIT).toString(), interval);
			measure("HTTP GET /api/v1/ledger/receipts/{i}?wait=true", options.integer("http-clients", 4),
					options.duration("http-seconds", Duration.ofSeconds(20)), ledger, verifier,
					index -> get(http, base + "/api/v1/ledger/receipts/" + index + "?wait=true"), interval);
		}
	}

	private interface ReceiptSource {
		String receipt(long index) throws Exception;
	}

	private void measure(String label, int clients, Duration window, Ledger ledger, Verifier verifier,
			ReceiptSource source, String interval) throws InterruptedException {
		Recorder recorder = new Recorder(3);
		LongAdder failures = new LongAdder();
		long end = System.nanoTime() + window.toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			RandomRecords records = new RandomRecords(1000 + c);
			Thread t = new Thread(() -> {
				while (System.nanoTime() < end) {
					LedgerRecord record = records.next();
					long t0 = System.nanoTime();
					try {
						long index = ledger.append(record).get(30, TimeUnit.SECONDS).value();
						String text = source.receipt(index);
						recorder.recordValue(System.nanoTime() - t0);
						verifier.verify(text, record, index);
					}
					catch (Exception e) {
						failures.increment();
						if (failures.sum() <= 3) {
							System.out.println("  receipt failed: " + e);
						}
					}
				}
			}, "receipt-client-" + c);
			threads.add(t);
			t.start();
		}
		for (Thread t : threads) {
			t.join();
		}
		Latency latency = new Latency();
		latency.add(recorder.getIntervalHistogram());
		System.out.printf(Locale.ROOT, "receipts %s interval=%s clients=%d: %s; verified=%d failures=%d; loadavg %s%n",
				label, interval, clients, latency.summary(), verifier.verified.sum(), failures.sum(),
				Machine.loadAverage());
		verifier.verified.reset();
	}

	private static String get(HttpClient http, String url) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	/** Checks a receipt as the offline verifier would, and that both witnesses cosigned its checkpoint. */
	private static final class Verifier {

		private final Policy policy;
		private final TreeHasher hasher;
		final LongAdder verified = new LongAdder();

		Verifier(Policy policy, TreeHasher hasher) {
			this.policy = policy;
			this.hasher = hasher;
		}

		void verify(String text, LedgerRecord record, long index) throws Exception {
			TlogProof proof = TlogProof.parse(text);
			byte[] leaf = proof.extra().orElseThrow(() -> new IllegalStateException("receipt without its leaf"));
			if (!Arrays.equals(leaf, record.leaf().encode()) || proof.index() != index) {
				throw new IllegalStateException("receipt of another entry: asked for " + index + " "
						+ new String(record.leaf().encode(), java.nio.charset.StandardCharsets.UTF_8) + ", got "
						+ proof.index() + " " + new String(leaf, java.nio.charset.StandardCharsets.UTF_8));
			}
			Policy.Verified result = proof.verify(policy, hasher, hasher.hashLeaf(leaf));
			if (result.cosigners().size() < policy.witnesses().size()) {
				throw new IllegalStateException("only " + result.cosigners().keySet() + " cosigned");
			}
			verified.increment();
		}
	}
}
