package org.smartcourt.bench.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.smartcourt.bench.LoanSuit;

/**
 * (c) and (d): {@code clients} concurrent clients each take filings in turn and carry each one through 网上立案 to a
 * registered case: the litigant creates it ({@code Idempotency-Key}), uploads the identity document, submits it
 * ({@code Idempotency-Key}); the 朝阳区 filing clerk accepts it, which issues the case number. Filing {@code i} goes to
 * node {@code i % 2}. When a node does not answer (refused, reset, 5xx) the client retries the same step with the
 * same key against the other node. After {@code killAfter} filings are registered, {@code kill} runs (kill -9 of
 * node 2) while the clients go on. Every answer with 2xx is recorded as acknowledged.
 */
final class FilingLoad {

	static final String COURT = "220104";

	/** What the clients were told: the filing and, once accepted, its case number. */
	record Acknowledged(int index, String createKey, String filingId, boolean submitted, String caseNumber) {
	}

	private final List<String> nodes;
	private final ClusterHttp http = new ClusterHttp();
	private final String run;
	private final AtomicLong requests = new AtomicLong();
	private final AtomicLong retries = new AtomicLong();
	private final AtomicLong failovers = new AtomicLong();
	private final AtomicLong refused = new AtomicLong();
	private final AtomicLong unanswered = new AtomicLong();
	private final Queue<String> errors = new ConcurrentLinkedQueue<>();
	private String litigant;
	private String clerk;

	FilingLoad(String node1, String node2, String run) {
		this.nodes = List.of(node1, node2);
		this.run = run;
	}

	List<Acknowledged> run(int filings, int clients, int killAfter, Runnable kill, ClusterReport report)
			throws Exception {
		litigant = http.token(nodes.get(0), "litigant");
		clerk = http.token(nodes.get(0), "filing-clerk-0104");
		AtomicInteger next = new AtomicInteger();
		AtomicInteger registered = new AtomicInteger();
		AtomicBoolean killed = new AtomicBoolean();
		List<Acknowledged> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
		long started = System.nanoTime();
		long[] killedAt = { 0 };
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> work = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			work.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < filings; i = next.getAndIncrement()) {
					acknowledged.add(fileAndRegister(i));
					if (registered.incrementAndGet() >= killAfter && killed.compareAndSet(false, true)) {
						killedAt[0] = System.nanoTime();
						new Thread(kill, "kill-node-2").start();
					}
				}
				return null;
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		report.figure("filings carried to a case", filings + " by " + clients + " clients, alternating nodes");
		report.figure("HTTP requests (incl. retries)", requests.get());
		report.figure("retries", retries.get());
		report.figure("retries on the other node", failovers.get());
		report.figure("  of which: connection refused", refused.get());
		report.figure("  of which: sent, answer lost", unanswered.get());
		report.figure("client errors", errors.size());
		report.figure("node 2 killed after", killedAt[0] == 0 ? "not killed"
				: String.format("%.1f s (%d filings registered)", (killedAt[0] - started) / 1e9, killAfter));
		report.figure("load time", String.format("%.1f s (%.1f filings/s)", seconds, filings / seconds));
		errors.stream().limit(5).forEach(e -> report.figure("error", e));
		report.require(errors.isEmpty(), "no client request failed for good (" + errors.size() + " did)");
		return List.copyOf(acknowledged);
	}

	long retries() {
		return retries.get();
	}

	private Acknowledged fileAndRegister(int i) {
		String key = run + "-" + i;
		int node = i % 2;
		try {
			Step create = call(node, n -> http.postJson(nodes.get(n), "/api/v1/filings", litigant, body(i), key), 201);
			if (create.answer == null) {
				return new Acknowledged(i, key, null, false, null);
			}
			String id = create.answer.json().get("id").asString();
			Step attach = call(create.node, n -> attachIdentityOnce(nodes.get(n), id, i), 200);
			if (attach.answer == null) {
				return new Acknowledged(i, key, id, false, null);
			}
			Step submit = call(attach.node, n -> http.postJson(nodes.get(n), "/api/v1/filings/" + id + "/submit",
					litigant, Map.of(), "submit-" + key), 200);
			if (submit.answer == null) {
				return new Acknowledged(i, key, id, false, null);
			}
			Step accept = call(submit.node, n -> http.postJson(nodes.get(n), "/api/v1/filings/" + id + "/decision",
					clerk, Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED"), null), 200);
			String caseNumber = accept.answer == null ? null
					: accept.answer.json().get("decision").get("caseNumber").asString();
			return new Acknowledged(i, key, id, true, caseNumber);
		}
		catch (RuntimeException e) {
			errors.add("filing " + i + ": " + e);
			return new Acknowledged(i, key, null, false, null);
		}
	}

	/** Uploads the identity document unless an earlier attempt, whose answer was lost, already did. */
	private ClusterHttp.Answer attachIdentityOnce(String node, String id, int i) throws IOException {
		ClusterHttp.Answer filing = http.get(node, "/api/v1/filings/" + id, litigant, "application/json");
		if (filing.ok() && !filing.json().get("content").get("attachments").isEmpty()) {
			return filing;
		}
		byte[] pdf = ("%PDF-1.4\n%" + run + "-" + i + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
		return http.upload(node, "/api/v1/filings/" + id + "/attachments", litigant, Map.of("kind", "IDENTITY"),
				"身份证.pdf", "application/pdf", pdf);
	}

	private interface Request {

		ClusterHttp.Answer send(int node) throws IOException;
	}

	private record Step(int node, ClusterHttp.Answer answer) {
	}

	/** Sends until a node answers {@code expected}; no answer or a 5xx is retried on the other node. */
	private Step call(int first, Request request, int expected) {
		int node = first;
		for (int attempt = 1; attempt <= 8; attempt++) {
			requests.incrementAndGet();
			String problem;
			try {
				ClusterHttp.Answer answer = request.send(node);
				if (answer.status() == expected) {
					return new Step(node, answer);
				}
				if (answer.status() < 500) {
					errors.add(nodes.get(node) + " answered " + answer.status() + ": " + answer.body());
					return new Step(node, null);
				}
				problem = "status " + answer.status();
			}
			catch (java.net.ConnectException e) {
				refused.incrementAndGet();
				problem = e.toString();
			}
			catch (IOException e) {
				// sent, but the answer was lost: the node may or may not have done it
				unanswered.incrementAndGet();
				problem = e.toString();
			}
			retries.incrementAndGet();
			if (attempt > 1) {
				AppNode.sleep(200L * attempt);
			}
			node = 1 - node;
			failovers.incrementAndGet();
			if (attempt == 8) {
				errors.add("gave up after 8 attempts: " + problem);
			}
		}
		return new Step(node, null);
	}

	private static Map<String, Object> body(int i) {
		return LoanSuit.body(COURT, "王五" + i);
	}
}
