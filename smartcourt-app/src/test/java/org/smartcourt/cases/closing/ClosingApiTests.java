package org.smartcourt.cases.closing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseClosed;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.internal.closing.CaseClosing;
import org.smartcourt.cases.internal.closing.ClosingRecord;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.Role;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * 结案 and 归档 through the API: what a method needs is listed and nothing changes without it, only the 承办法官
 * closes, archiving makes the case read-only and numbers archives without gaps, and parties download only what was
 * delivered to them in their own cases.
 */
@IntegrationTest
@RecordApplicationEvents
class ClosingApiTests {

	private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cases cases;

	@Autowired
	Docket docket;

	@Autowired
	ApplicationEvents events;

	@Autowired
	CaseClosing closing;

	@Autowired
	AccountDirectory accounts;

	TestApi api;
	CaseFixtures fixtures;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		fixtures = new CaseFixtures(registry, staffing, jdbc);
	}

	private RegisteredCase assignedCase() {
		return fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant", "judge-0104",
				"assistant-0104", "clerk-0104");
	}

	private static String today() {
		return LocalDate.now(COURT_ZONE).toString();
	}

	private static String path(RegisteredCase c, String rest) {
		return "/api/v1/cases/" + c.id() + rest;
	}

	private String recordJudgment(RegisteredCase c, String judge) {
		Response recorded = api.post(path(c, "/documents"), judge, Map.of("kind", "JUDGMENT", "title", "民事判决书",
				"number", c.caseNumber().format(), "signedOn", today(), "visibility", "PARTIES"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		return recorded.json().get("id").asString();
	}

	/** Judgment recorded, pronounced and served on both parties, closed by the 承办法官. */
	private void closeByJudgment(RegisteredCase c, String judge) {
		String judgment = recordJudgment(c, judge);
		assertThat(api.post(path(c, "/pronouncement"), judge,
				Map.of("documentId", judgment, "pronouncedOn", today(), "mode", "IN_COURT")).status()).isEqualTo(201);
		for (int seq : new int[] { 1, 3 }) {
			Response served = api.post(path(c, "/documents/" + judgment + "/service"), judge,
					Map.of("partySeq", seq, "method", "PERSONAL", "countedOn", today()));
			assertThat(served.status()).as(served.body()).isEqualTo(201);
		}
		Response closing = api.post(path(c, "/closing"), judge, Map.of("method", "JUDGMENT", "amountAwardedFen", 1200000));
		assertThat(closing.status()).as(closing.body()).isEqualTo(201);
	}

	@Test
	void closingWithoutTheDocumentsTheMethodNeedsListsThemAndChangesNothing() {
		RegisteredCase c = assignedCase();
		String judge = api.token("judge-0104");
		int entries = docket.entries(c.id()).size();

		Response refused = api.post(path(c, "/closing"), judge, Map.of("method", "MEDIATION"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.header("Content-Type")).contains("application/problem+json");
		assertThat(refused.json().get("title").asString()).isEqualTo("结案材料不全");
		assertThat(refused.body()).contains("缺少调解书");

		String statement = api.post(path(c, "/documents"), judge,
				Map.of("kind", "MEDIATION_STATEMENT", "signedOn", today())).json().get("id").asString();
		api.post(path(c, "/documents/" + statement + "/service"), judge,
				Map.of("partySeq", 2, "method", "POSTAL", "countedOn", today()));
		Response stillMissing = api.post(path(c, "/closing"), judge, Map.of("method", "MEDIATION"));
		assertThat(stillMissing.status()).isEqualTo(422);
		assertThat(stillMissing.body()).contains("调解书尚未送达李四").doesNotContain("尚未送达张三");

		assertThat(cases.find(c.id()).orElseThrow().stage()).isEqualTo(CaseStage.IN_TRIAL);
		assertThat(docket.entries(c.id())).hasSize(entries + 1)
			.noneMatch(e -> e.type() == DocketEntryType.CLOSED);
		assertThat(api.get(path(c, "/closing"), judge).json().get("closing").isNull()).isTrue();
		assertThat(api.get(path(c, "/closing"), judge).body()).contains("\"code\":\"MEDIATION\"");
	}

	@Test
	void onlyTheResponsibleJudgeCloses() {
		RegisteredCase c = assignedCase();
		String judgment = recordJudgment(c, api.token("judge-0104"));
		api.post(path(c, "/pronouncement"), api.token("judge-0104"),
				Map.of("documentId", judgment, "pronouncedOn", today(), "mode", "IN_COURT"));
		Map<String, Object> close = Map.of("method", "JUDGMENT");

		Response clerk = api.post(path(c, "/closing"), api.token("clerk-0104"), close);
		assertThat(clerk.status()).isEqualTo(403);
		assertThat(clerk.body()).contains("只有本案的承办法官可以结案");
		assertThat(api.post(path(c, "/closing"), api.token("judge"), close).status()).isEqualTo(403);
		assertThat(api.post(path(c, "/closing"), api.token("litigant"), close).status()).isEqualTo(404);
		assertThat(cases.find(c.id()).orElseThrow().stage()).isNotEqualTo(CaseStage.CLOSED);

		// in this thread, so the recorded events include the one the closing publishes
		Actor judge = new Actor(accounts.idOf("judge-0104").orElseThrow(), "judge-0104", "法官", Role.JUDGE,
				CaseFixtures.CHAOYANG);
		ClosingRecord record = closing.close(judge, c.id(), "JUDGMENT", 1_200_000L);
		assertThat(record.closedOn()).isEqualTo(LocalDate.now(COURT_ZONE));
		assertThat(cases.find(c.id()).orElseThrow().stage()).isEqualTo(CaseStage.CLOSED);
		assertThat(events.stream(CaseClosed.class)).singleElement().satisfies(e -> {
			assertThat(e.caseId()).isEqualTo(c.id());
			assertThat(e.courtId()).isEqualTo(CaseFixtures.CHAOYANG);
			assertThat(e.methodCode()).isEqualTo("JUDGMENT");
			assertThat(e.outcomeGroup()).isEqualTo("JUDGMENT");
			assertThat(e.amountAwardedFen()).isEqualTo(1_200_000L);
		});
		assertThat(api.post(path(c, "/closing"), api.token("judge-0104"), close).status()).isEqualTo(409);
	}

	@Test
	void archivingNeedsServiceOnEveryPartyThenMakesTheCaseReadOnly() {
		RegisteredCase c = assignedCase();
		String judge = api.token("judge-0104");
		String clerk = api.token("clerk-0104");
		String judgment = recordJudgment(c, judge);
		api.post(path(c, "/pronouncement"), judge, Map.of("documentId", judgment, "pronouncedOn", today(), "mode",
				"FIXED_DATE"));
		assertThat(api.post(path(c, "/closing"), judge, Map.of("method", "JUDGMENT")).status()).isEqualTo(201);

		Response incomplete = api.post(path(c, "/archive"), clerk, null);
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.body()).contains("判决书尚未送达张三").contains("判决书尚未送达李四");

		for (int seq : new int[] { 1, 3 }) {
			assertThat(api.post(path(c, "/documents/" + judgment + "/service"), clerk,
					Map.of("partySeq", seq, "method", "ELECTRONIC", "countedOn", today())).status()).isEqualTo(201);
		}
		assertThat(api.post(path(c, "/archive"), api.token("assistant-0104"), null).status()).isEqualTo(403);
		Response archived = api.post(path(c, "/archive"), clerk, null);
		assertThat(archived.status()).as(archived.body()).isEqualTo(201);
		assertThat(archived.json().get("archiveNumber").asString())
			.matches("吉0104-" + LocalDate.now(COURT_ZONE).getYear() + "-民-\\d{6}");
		assertThat(cases.find(c.id()).orElseThrow().stage()).isEqualTo(CaseStage.ARCHIVED);

		Response later = api.post(path(c, "/documents"), judge, Map.of("kind", "OTHER", "signedOn", today()));
		assertThat(later.status()).isEqualTo(409);
		assertThat(later.json().get("detail").asString()).contains("已归档");
		assertThat(api.post(path(c, "/documents/" + judgment + "/service"), clerk,
				Map.of("partySeq", 1, "method", "PERSONAL", "countedOn", today())).status()).isEqualTo(409);
		assertThat(api.post(path(c, "/archive"), clerk, null).status()).isEqualTo(409);
		assertThat(api.post(path(c, "/links"), judge, Map.of("caseNumber", c.caseNumber().format(), "kind",
				"RELATED")).status()).isIn(400, 409);

		Response note = api.post(path(c, "/archive/notes"), clerk, Map.of("note", "补充扫描送达回证原件。"));
		assertThat(note.status()).isEqualTo(201);
		assertThat(note.json().get("notes").get(0).asString()).isEqualTo("补充扫描送达回证原件。");
	}

	@Test
	void twoConcurrentArchivingsTakeConsecutiveNumbers() throws Exception {
		RegisteredCase first = assignedCase();
		RegisteredCase second = assignedCase();
		String judge = api.token("judge-0104");
		closeByJudgment(first, judge);
		closeByJudgment(second, judge);
		String clerk = api.token("clerk-0104");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<Response>> runs = List.of(first, second)
				.stream()
				.map(c -> CompletableFuture.supplyAsync(() -> {
					await(start);
					return api.post(path(c, "/archive"), clerk, null);
				}, pool))
				.toList();
			start.countDown();
			List<Long> numbers = runs.stream()
				.map(CompletableFuture::join)
				.peek(r -> assertThat(r.status()).as(r.body()).isEqualTo(201))
				.map(r -> r.json().get("archiveNumber").asString())
				.map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1)))
				.sorted()
				.toList();
			assertThat(numbers.get(1) - numbers.get(0)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aLitigantDownloadsOnlyDocumentsDeliveredToThemInTheirOwnCase() {
		RegisteredCase own = assignedCase();
		RegisteredCase other = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, null,
				"judge-0104", null, "clerk-0104");
		String judge = api.token("judge-0104");
		String litigant = api.token("litigant");
		byte[] judgmentPdf = pdf();
		String served = upload(own, judge, "JUDGMENT", "PARTIES", judgmentPdf);
		String internal = upload(own, judge, "OTHER", "COURT", pdf());
		String notYetServed = upload(own, judge, "RULING", "PARTIES", pdf());
		api.post(path(own, "/documents/" + served + "/service"), judge,
				Map.of("partySeq", 1, "method", "ELECTRONIC", "countedOn", today()));
		api.post(path(own, "/documents/" + internal + "/service"), judge,
				Map.of("partySeq", 1, "method", "PERSONAL", "countedOn", today()));
		String othersDocument = upload(other, judge, "JUDGMENT", "PARTIES", pdf());
		api.post(path(other, "/documents/" + othersDocument + "/service"), judge,
				Map.of("partySeq", 1, "method", "PERSONAL", "countedOn", today()));

		Response list = api.get(path(own, "/documents"), litigant);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().findValuesAsString("id")).containsExactly(served);
		Response download = api.getAny(path(own, "/documents/" + served + "/file"), litigant);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(download.body().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(judgmentPdf);

		assertThat(api.getAny(path(own, "/documents/" + internal + "/file"), litigant).status()).isEqualTo(404);
		assertThat(api.getAny(path(own, "/documents/" + notYetServed + "/file"), litigant).status()).isEqualTo(404);
		assertThat(api.getAny(path(other, "/documents/" + othersDocument + "/file"), litigant).status()).isEqualTo(404);
		assertThat(api.getAny(path(own, "/documents/" + othersDocument + "/file"), litigant).status()).isEqualTo(404);
		assertThat(api.get(path(other, "/documents"), litigant).status()).isEqualTo(404);
		assertThat(api.getAny(path(own, "/documents/" + internal + "/file"), judge).status()).isEqualTo(200);
	}

	@Test
	void secondInstanceCasesLinkToTheFirstAndPartiesSeeOnlyInstanceLinks() {
		RegisteredCase first = assignedCase();
		RegisteredCase sameParties = assignedCase();
		String judge = api.token("judge-0104");
		assertThat(api.get(path(first, "/links/suggestions"), judge).body())
			.contains(sameParties.caseNumber().format());
		assertThat(api.post(path(first, "/links"), judge, Map.of("caseNumber", sameParties.caseNumber().format(),
				"kind", "SAME_PARTIES")).status()).isEqualTo(201);
		assertThat(api.get(path(first, "/links/suggestions"), judge).body())
			.doesNotContain(sameParties.caseNumber().format());

		RegisteredCase appeal = registry.register(new org.smartcourt.cases.RegisterCase(CaseFixtures.CHANGCHUN, "0302",
				null, Procedure.SECOND_INSTANCE, "9.20.1", UUID.randomUUID(), "张三与李四民间借贷纠纷上诉", List.of(),
				"litigant"));
		Response linked = api.post("/api/v1/cases/" + appeal.id() + "/links", api.token("judge"),
				Map.of("caseNumber", first.caseNumber().format(), "kind", "EARLIER_INSTANCE"));
		assertThat(linked.status()).as(linked.body()).isEqualTo(201);

		assertThat(api.get("/api/v1/cases/" + appeal.id() + "/links", api.token("litigant")).json()
			.findValuesAsString("caseNumber")).containsExactly(first.caseNumber().format());
		assertThat(api.get(path(first, "/links"), api.token("litigant")).json().findValuesAsString("kind"))
			.containsExactly("EARLIER_INSTANCE");
		assertThat(api.get(path(first, "/links"), judge).json().findValuesAsString("kind"))
			.containsExactlyInAnyOrder("SAME_PARTIES", "EARLIER_INSTANCE");
		// 朝阳区法院 staff cannot link to a case of 长春中院, which is outside their scope
		assertThat(api.post(path(first, "/links"), judge, Map.of("caseNumber", appeal.caseNumber().format(), "kind",
				"RELATED")).status()).isEqualTo(404);
	}

	@Test
	void aPersonsNameAloneDoesNotMakeACaseASuggestedLink() {
		RegisteredCase first = assignedCase(); // 张三 (with an ID number) against 李四 (without one)
		RegisteredCase namesake = registry.register(new org.smartcourt.cases.RegisterCase(CaseFixtures.CHAOYANG, "0301",
				null, Procedure.SIMPLIFIED, "9.20.1", UUID.randomUUID(), "王某诉李四民间借贷纠纷",
				List.of(org.smartcourt.cases.CaseParty.party(1, org.smartcourt.cases.PartySide.PLAINTIFF,
						"NATURAL_PERSON", "王某", "220104199001011236"),
						org.smartcourt.cases.CaseParty.party(2, org.smartcourt.cases.PartySide.DEFENDANT,
								"NATURAL_PERSON", "李四", null)),
				"litigant"));
		assertThat(api.get(path(first, "/links/suggestions"), api.token("judge-0104")).body())
			.doesNotContain(namesake.caseNumber().format());
	}

	private String upload(RegisteredCase c, String token, String kind, String visibility, byte[] pdf) {
		Response r = api.upload(path(c, "/documents"), token, "file", "doc.pdf", pdf,
				Map.of("kind", kind, "signedOn", today(), "visibility", visibility));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private static byte[] pdf() {
		return ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
