package org.smartcourt.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.supervision.internal.StatisticsCatchUp;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 审判质效 through the API on real PostgreSQL: registering and closing cases moves the numbers, every number lists
 * exactly its cases, and each viewer sees only their scope.
 */
@IntegrationTest
class SupervisionApiTests {

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
	StatisticsCatchUp catchUp;

	TestApi api;
	CaseFixtures fixtures;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		fixtures = new CaseFixtures(registry, staffing, jdbc);
	}

	private static String thisMonth() {
		return YearMonth.from(LocalDate.now(COURT_ZONE)).toString();
	}

	/** A case assigned by the fixture (which writes the team without a docket step, so the statistics are told). */
	private RegisteredCase assignedCase() {
		RegisteredCase c = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant",
				"judge-0104", "assistant-0104", "clerk-0104");
		fixtures.markForStatistics(c);
		return c;
	}

	private void closeByJudgment(RegisteredCase c, String judge) {
		String path = "/api/v1/cases/" + c.id();
		String today = LocalDate.now(COURT_ZONE).toString();
		Response recorded = api.post(path + "/documents", judge, Map.of("kind", "JUDGMENT", "title", "民事判决书",
				"number", c.caseNumber().format(), "signedOn", today, "visibility", "PARTIES"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		String judgment = recorded.json().get("id").asString();
		assertThat(api.post(path + "/pronouncement", judge,
				Map.of("documentId", judgment, "pronouncedOn", today, "mode", "IN_COURT")).status()).isEqualTo(201);
		for (int seq : new int[] { 1, 3 }) {
			assertThat(api.post(path + "/documents/" + judgment + "/service", judge,
					Map.of("partySeq", seq, "method", "PERSONAL", "countedOn", today)).status()).isEqualTo(201);
		}
		Response closing = api.post(path + "/closing", judge, Map.of("method", "JUDGMENT"));
		assertThat(closing.status()).as(closing.body()).isEqualTo(201);
	}

	private static JsonNode indicator(Response board, String id) {
		for (JsonNode i : board.json().get("indicators")) {
			if (i.get("id").asString().equals(id)) {
				return i;
			}
		}
		throw new AssertionError("no indicator " + id);
	}

	private static long value(Response board, String id) {
		return indicator(board, id).get("value").asLong();
	}

	private Response board(String token, String query) {
		catchUp.run();
		Response r = api.get("/api/v1/supervision/board?period=" + thisMonth() + query, token);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r;
	}

	/** Every case on every page of the list behind a term. */
	private List<String> listed(String token, JsonNode term) {
		List<String> numbers = new ArrayList<>();
		String link = term.get("cases").asString() + "&limit=7";
		while (link != null) {
			Response page = api.get(link, token);
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			assertThat(page.json().get("total").asLong()).isEqualTo(term.get("value").asLong());
			page.json().get("cases").forEach(c -> numbers.add(c.get("caseNumber").asString()));
			JsonNode next = page.json().get("next");
			link = next == null || next.isNull() ? null
					: term.get("cases").asString() + "&limit=7&after=" + next.asString();
		}
		return numbers;
	}

	@Test
	void registeringAndClosingMoveTheNumbersAndEachListAddsUp() {
		String president = api.token("president-0104");
		Response before = board(president, "");

		RegisteredCase open = assignedCase();
		RegisteredCase closed = assignedCase();
		closeByJudgment(closed, api.token("judge-0104"));

		Response after = board(president, "");
		assertThat(value(after, "received")).isEqualTo(value(before, "received") + 2);
		assertThat(value(after, "closed")).isEqualTo(value(before, "closed") + 1);
		assertThat(value(after, "pending")).isEqualTo(value(before, "pending") + 1);

		for (String id : List.of("received", "closed", "pending", "closure-rate", "average-trial-days")) {
			for (JsonNode term : indicator(after, id).get("terms")) {
				List<String> numbers = listed(president, term);
				if (term.get("measure").asString().equals("trialDays")) {
					continue; // a sum of days, not a count of cases
				}
				assertThat(numbers).as(term.toString()).hasSize(term.get("value").asInt()).doesNotHaveDuplicates();
			}
		}
		JsonNode receivedTerm = indicator(after, "received").get("terms").get(0);
		assertThat(listed(president, receivedTerm)).contains(open.caseNumber().format(), closed.caseNumber().format());
		JsonNode closedTerm = indicator(after, "closed").get("terms").get(0);
		assertThat(listed(president, closedTerm)).contains(closed.caseNumber().format())
			.doesNotContain(open.caseNumber().format());
	}

	@Test
	void aJudgeSeesTheirOwnFiguresAndADivisionHeadTheirDepartment() {
		assignedCase();
		Response judge = board(api.token("judge-0104"), "");
		assertThat(judge.json().get("scope").asString()).isEqualTo("沈法官");
		assertThat(value(judge, "received")).isPositive();

		Response head = board(api.token("division-head-0104"), "");
		assertThat(head.json().get("scope").asString()).startsWith("长春市朝阳区人民法院 · ");
		assertThat(value(head, "received")).isGreaterThanOrEqualTo(value(judge, "received"));
	}

	@Test
	void aDivisionHeadComparesTheJudgesOfTheirDepartment() {
		assignedCase();
		catchUp.run();
		Response judges = api.get("/api/v1/supervision/judges?period=" + thisMonth(), api.token("division-head-0104"));
		assertThat(judges.status()).as(judges.body()).isEqualTo(200);
		JsonNode shen = null;
		for (JsonNode j : judges.json()) {
			if (j.get("name").asString().equals("沈法官")) {
				shen = j;
			}
		}
		assertThat(shen).isNotNull();
		assertThat(shen.get("indicators").get(0).get("id").asString()).isEqualTo("received");
		assertThat(shen.get("indicators").get(0).get("value").asLong()).isPositive();
		assertThat(api.get("/api/v1/supervision/judges", api.token("judge-0104")).status()).isEqualTo(403);
	}

	@Test
	void aRequestOutsideTheViewersScopeIsRefusedInChinese() {
		Response head = api.get("/api/v1/supervision/board?court=220100", api.token("division-head-0104"));
		assertThat(head.status()).isEqualTo(403);
		assertThat(head.json().get("detail").asString()).contains("权限范围");

		Response basicPresident = api.get("/api/v1/supervision/board?court=220100", api.token("president-0104"));
		assertThat(basicPresident.status()).isEqualTo(403);

		assertThat(api.get("/api/v1/supervision/board", api.token("litigant")).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/supervision/board?court=220104", api.token("president")).status()).isEqualTo(200);
	}

	@Test
	void perJudgeFiguresCountTheJudgesOfEveryCourtInOneQuery() {
		var counts = staffing.judgeCounts(List.of(CaseFixtures.CHAOYANG, CaseFixtures.CHANGCHUN));
		for (var court : List.of(CaseFixtures.CHAOYANG, CaseFixtures.CHANGCHUN)) {
			assertThat(counts.get(court)).isEqualTo(
					(int) staffing.staffAt(court).stream().filter(s -> s.position().hearsCases()).count());
		}
	}

	@Test
	void aBadPeriodIsAFieldProblem() {
		Response r = api.get("/api/v1/supervision/board?period=2026-13", api.token("president-0104"));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.body()).contains("period").contains("统计期");
		Response reversed = api.get("/api/v1/supervision/board?period=2026-06..2026-01", api.token("president-0104"));
		assertThat(reversed.status()).isEqualTo(400);
	}

	@Test
	void theHighCourtComparesItsCourtsInCourtOrderWithoutRanking() {
		Response r = api.get("/api/v1/supervision/courts?indicator=closure-rate&period=" + thisMonth(),
				api.token("president"));
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		r.json().get("courts").forEach(c -> ids.add(c.get("courtId").asString()));
		assertThat(ids).isSorted().contains("220100");
		assertThat(r.json().get("note").asString()).contains("不排名");
	}
}
