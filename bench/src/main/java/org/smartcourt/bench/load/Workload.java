package org.smartcourt.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;

/**
 * What each role does in one step. A step is one request or a short journey of requests; its first request is timed
 * from {@code start} (the intended start in the open model, so queueing in the load generator counts).
 */
final class Workload {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	private static final List<String> DASHBOARDS = List.of("overdue", "near-expiry", "extended", "");

	private final LoadHttp http;
	private final Map<Role, List<Account>> accounts;
	private final CasePools pools;
	private final Map<String, ConcurrentLinkedQueue<UUID>> filingQueues;
	private final Registrations registrations;
	private final Map<String, Object> filingBody;
	private final boolean searchEndpoint;
	private final AtomicLong exhausted = new AtomicLong();
	private final Map<String, List<UUID>> litigantCases = new ConcurrentHashMap<>();

	Workload(LoadHttp http, Map<Role, List<Account>> accounts, CasePools pools,
			Map<String, ConcurrentLinkedQueue<UUID>> filingQueues, Registrations registrations,
			Map<String, Object> filingBody, boolean searchEndpoint) {
		this.http = http;
		this.accounts = accounts;
		this.pools = pools;
		this.filingQueues = filingQueues;
		this.registrations = registrations;
		this.filingBody = filingBody;
		this.searchEndpoint = searchEndpoint;
	}

	/** Clerk steps that found no submitted filing left (the seed was too small for the run). */
	long exhausted() {
		return exhausted.get();
	}

	void step(Role role, Random random, long start) {
		List<Account> of = accounts.get(role);
		Account account = of.get(random.nextInt(of.size()));
		switch (role) {
			case LITIGANT -> litigant(account, random, start);
			case CLERK -> clerk(account, start);
			case JUDGE -> judge(account, random, start);
			case SEARCH -> search(account, random, start);
			case PRESIDENT -> president(account, random, start);
			case SUPERVISION -> supervision(account, random, start);
		}
	}

	private void litigant(Account account, Random random, long start) {
		if (random.nextInt(5) == 0) {
			file(account, start);
			return;
		}
		LoadHttp.Answer mine = http.api("litigant.cases-mine", account, "/api/v1/cases/mine", start);
		List<UUID> cases = litigantCases.computeIfAbsent(account.username(), u -> ids(mine, "id"));
		if (!cases.isEmpty()) {
			UUID id = cases.get(random.nextInt(cases.size()));
			http.page("litigant.case-page", account, "/cases/" + id, System.nanoTime());
		}
	}

	private void file(Account account, long start) {
		LoadHttp.Answer created = http.post("litigant.filing-create", account, "/api/v1/filings", filingBody,
				UUID.randomUUID().toString(), start);
		if (!created.ok()) {
			return;
		}
		String id = http.read(created).get("id").asString();
		LoadHttp.Answer attached = http.upload("litigant.filing-attach", account, "/api/v1/filings/" + id + "/attachments",
				Map.of("kind", "IDENTITY"), "身份证.pdf", PDF, System.nanoTime());
		if (!attached.ok()) {
			return;
		}
		LoadHttp.Answer submitted = http.post("litigant.filing-submit", account, "/api/v1/filings/" + id + "/submit",
				Map.of(), UUID.randomUUID().toString(), System.nanoTime());
		if (submitted.ok()) {
			String court = String.valueOf(filingBody.get("targetCourt"));
			filingQueues.computeIfAbsent(court, c -> new ConcurrentLinkedQueue<>()).add(UUID.fromString(id));
		}
	}

	private void clerk(Account account, long start) {
		ConcurrentLinkedQueue<UUID> queue = filingQueues.get(account.courtId());
		UUID filing = queue == null ? null : queue.poll();
		if (filing == null) {
			exhausted.incrementAndGet();
			http.api("clerk.queue", account, "/api/v1/filing-queue", start);
			return;
		}
		LoadHttp.Answer accepted = http.post("clerk.register", account, "/api/v1/filings/" + filing + "/decision",
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED"), null, start);
		if (accepted.ok()) {
			registrations.acknowledged(filing, http.read(accepted).path("decision").path("caseNumber").asString(""));
		}
	}

	private void judge(Account account, Random random, long start) {
		if (random.nextBoolean()) {
			http.api("judge.list-api", account, "/api/v1/cases?view=assigned", start);
		}
		else {
			http.page("judge.list-page", account, "/cases/assigned", start);
		}
		UUID id = pools.caseOf(account, random);
		if (id == null) {
			return;
		}
		if (random.nextBoolean()) {
			http.page("judge.case-page", account, "/cases/" + id, System.nanoTime());
		}
		else {
			http.api("judge.case-api", account, "/api/v1/cases/" + id, System.nanoTime());
			http.api("judge.docket", account, "/api/v1/cases/" + id + "/docket", System.nanoTime());
		}
	}

	private void search(Account account, Random random, long start) {
		CasePools.SearchTerm term = pools.termOf(account, random);
		if (term == null) {
			return;
		}
		if (!searchEndpoint) {
			http.api("search.by-number", account, "/api/v1/cases/by-number?number=" + encode(term.caseNumber()), start);
			return;
		}
		switch (random.nextInt(3)) {
			case 0 -> http.api("search.number", account, "/api/v1/cases/search?q=" + encode(term.caseNumber()), start);
			case 1 -> http.api("search.party-name", account, "/api/v1/cases/search?q=" + encode(term.partyName()), start);
			default -> {
				String id = term.idNumber() == null ? term.partyName() : term.idNumber();
				http.api("search.id-number", account, "/api/v1/cases/search?q=" + encode(id), start);
			}
		}
	}

	private void president(Account account, Random random, long start) {
		String filter = DASHBOARDS.get(random.nextInt(DASHBOARDS.size()));
		if (random.nextInt(3) == 0) {
			http.api("president.dashboard-api", account, "/api/v1/cases?view=court"
					+ (filter.isEmpty() ? "" : "&filter=" + filter), start);
		}
		else {
			http.page("president.dashboard-page", account, "/cases/court" + (filter.isEmpty() ? "" : "?filter=" + filter),
					start);
		}
	}

	/** Periods a president reads: this year so far, a year, a quarter, a month. */
	private static final List<String> PERIODS = List.of("", "2026", "2026-Q3", "2026-10", "2025-Q4");
	/** Numbers a president follows to their cases: flows of the period, stocks at its end. */
	private static final List<String> TERMS = List.of("closed&when=PERIOD", "received&when=PERIOD",
			"pending&when=END", "pendingOver12&when=END", "closedWithinLegal&when=PERIOD");

	private void supervision(Account account, Random random, long start) {
		String period = PERIODS.get(random.nextInt(PERIODS.size()));
		String p = period.isEmpty() ? "" : "period=" + period;
		int pick = random.nextInt(20);
		if (pick < 8) {
			http.api("supervision.board-api", account, "/api/v1/supervision/board?" + p, start);
		}
		else if (pick < 11) {
			http.page("supervision.board-page", account, "/supervision?" + p, start);
		}
		else if (pick < 16) {
			boolean area = random.nextBoolean();
			http.api(area ? "supervision.area-cases-api" : "supervision.cases-api", account,
					"/api/v1/supervision/cases?measure=" + TERMS.get(random.nextInt(TERMS.size()))
							+ (area ? "&area=true" : "") + (p.isEmpty() ? "" : "&" + p), start);
		}
		else if (pick < 18) {
			http.api("supervision.area-api", account, "/api/v1/supervision/board?area=true&" + p, start);
		}
		else {
			http.api("supervision.courts-api", account, "/api/v1/supervision/courts?indicator=closure-rate&" + p,
					start);
		}
	}

	private List<UUID> ids(LoadHttp.Answer answer, String field) {
		if (!answer.ok()) {
			return List.of();
		}
		JsonNode list = http.read(answer);
		return list.valueStream().map(n -> UUID.fromString(n.get(field).asString())).limit(200).toList();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
