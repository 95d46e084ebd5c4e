package org.smartcourt.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 上诉 end to end: a party to a decided 民初 case at 朝阳区法院 opens the appeal from the case, submits it to 长春中院,
 * whose filing clerk registers a 民终 case under the 第二审程序 linked to the first instance; strangers cannot appeal
 * someone else's case, and an appeal naming no existing case fails the 预检.
 */
@IntegrationTest
class AppealApiTests {

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
	Deadlines deadlines;

	@Autowired
	Cases cases;

	TestApi api;
	CaseFixtures fixtures;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		fixtures = new CaseFixtures(registry, staffing, jdbc);
	}

	private RegisteredCase decidedCase() {
		RegisteredCase c = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant",
				"judge-0104", "assistant-0104", "clerk-0104");
		String judge = api.token("judge-0104");
		Response recorded = api.post(path(c, "/documents"), judge, Map.of("kind", "JUDGMENT", "title", "民事判决书",
				"number", c.caseNumber().format(), "signedOn", today(), "visibility", "PARTIES"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		String judgment = recorded.json().get("id").asString();
		assertThat(api.post(path(c, "/pronouncement"), judge,
				Map.of("documentId", judgment, "pronouncedOn", today(), "mode", "IN_COURT")).status()).isEqualTo(201);
		for (int seq : new int[] { 1, 3 }) {
			Response served = api.post(path(c, "/documents/" + judgment + "/service"), judge,
					Map.of("partySeq", seq, "method", "PERSONAL", "countedOn", today()));
			assertThat(served.status()).as(served.body()).isEqualTo(201);
		}
		Response closing = api.post(path(c, "/closing"), judge, Map.of("method", "JUDGMENT", "amountAwardedFen", 1200000));
		assertThat(closing.status()).as(closing.body()).isEqualTo(201);
		return c;
	}

	private static String path(RegisteredCase c, String rest) {
		return "/api/v1/cases/" + c.id() + rest;
	}

	private static String today() {
		return LocalDate.now(COURT_ZONE).toString();
	}

	@Test
	void anAppealFromADecidedCaseIsRegisteredAsA民终CaseLinkedToTheFirstInstance() {
		RegisteredCase first = decidedCase();
		String litigant = api.token("litigant");

		Response started = api.post(path(first, "/appeal-filing"), litigant, null);
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		JsonNode content = started.json().get("filing").get("content");
		assertThat(content.get("kind").asString()).isEqualTo("CIVIL_APPEAL");
		assertThat(content.get("targetCourt").asString()).as("the court above 朝阳区法院").isEqualTo("220100");
		assertThat(content.get("earlierCaseNumber").asString()).isEqualTo(first.caseNumber().format());
		assertThat(content.get("parties").findValuesAsString("role")).containsExactly("PLAINTIFF", "DEFENDANT");
		assertThat(content.get("parties").findValuesAsString("name")).containsExactly("张三", "李四");
		JsonNode period = started.json().get("appealPeriod");
		assertThat(period.get("ruleId").asString()).isEqualTo("appeal-judgment");
		assertThat(period.get("rule").asString()).contains("十五日").contains("第一百七十一条");
		assertThat(period.get("servedOn").asString()).isEqualTo(today());
		assertThat(period.get("due").asString()).isEqualTo(deadlines
			.compute(RuleId.of("appeal-judgment"), LocalDate.now(COURT_ZONE), List.of()).due().toString());

		String id = started.json().get("filing").get("id").asString();
		@SuppressWarnings("unchecked")
		Map<String, Object> revised = new HashMap<>(JsonMapper.builder().build().convertValue(content, Map.class));
		// the fixture's first-instance case carries a placeholder 案由 and an invalid 身份证号; the appellant corrects them
		revised.put("causeCode", FilingFixtures.LOAN_CAUSE);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> parties = (List<Map<String, Object>>) revised.get("parties");
		parties.get(0).put("idNumber", FilingFixtures.PLAINTIFF_ID);
		revised.put("claims", List.of(Map.of("text", "撤销一审判决，改判驳回被上诉人的全部诉讼请求")));
		revised.put("factsAndReasons", "一审判决认定事实不清，借款已于2025年清偿。");
		Response put = api.put("/api/v1/filings/" + id, litigant, revised);
		assertThat(put.status()).as(put.body()).isEqualTo(200);
		assertThat(api.upload("/api/v1/filings/" + id + "/attachments", litigant, "file", "身份证.pdf",
				FilingFixtures.PDF, Map.of("kind", "IDENTITY")).status()).isEqualTo(200);
		Response submitted = api.post("/api/v1/filings/" + id + "/submit", litigant, Map.of());
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");

		Response accepted = api.post("/api/v1/filings/" + id + "/decision", api.token("filing-clerk"),
				Map.of("decision", "ACCEPT", "procedure", "ORDINARY"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		String caseNumber = accepted.json().get("decision").get("caseNumber").asString();
		assertThat(caseNumber).matches("（" + LocalDate.now(COURT_ZONE).getYear() + "）吉01民终\\d+号");
		assertThat(accepted.json().get("decision").get("procedure").asString()).isEqualTo("SECOND_INSTANCE");
		RegisteredCase appeal = registry
			.byId(new org.smartcourt.cases.CaseId(java.util.UUID.fromString(accepted.json().get("decision").get("caseId").asString())))
			.orElseThrow();
		assertThat(appeal.procedure()).isEqualTo(Procedure.SECOND_INSTANCE);
		assertThat(appeal.categoryCode()).isEqualTo("0302");
		assertThat(appeal.courtId()).isEqualTo(CaseFixtures.CHANGCHUN);
		assertThat(cases.find(appeal.id()).orElseThrow().partiesOnly()).extracting(p -> p.side())
			.containsExactly(PartySide.APPELLANT, PartySide.APPELLEE);

		Response links = api.get("/api/v1/cases/" + appeal.id() + "/links", litigant);
		assertThat(links.status()).as(links.body()).isEqualTo(200);
		assertThat(links.json().findValuesAsString("caseNumber")).containsExactly(first.caseNumber().format());
		assertThat(links.json().findValuesAsString("kind")).containsExactly("EARLIER_INSTANCE");
	}

	@Test
	void onlyAPartyMayAppealAndOnlyOnceTheCaseIsDecided() {
		RegisteredCase pending = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant",
				"judge-0104", null, null);
		Response early = api.post(path(pending, "/appeal-filing"), api.token("litigant"), null);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("title").asString()).isEqualTo("暂不能提起上诉");

		RegisteredCase decided = decidedCase();
		long before = jdbc.sql("select count(*) from filing").query(Long.class).single();
		assertThat(api.post(path(decided, "/appeal-filing"), api.token("lawyer"), null).status())
			.as("a lawyer not acting in the case").isEqualTo(404);
		assertThat(api.post(path(decided, "/appeal-filing"), api.token("judge-0104"), null).status())
			.as("court staff do not appeal").isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from filing").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anAppealMustNameAnExistingFirstInstanceCaseOfTheCourtBelow() {
		String litigant = api.token("litigant");
		Map<String, Object> body = FilingFixtures.loanSuit("220100", null);
		body.put("kind", "CIVIL_APPEAL");
		body.put("procedure", "ORDINARY");
		body.put("earlierCaseNumber", "（2020）吉0104民初99999号");
		assertThat(problems(api.post("/api/v1/filings/check", litigant, body)))
			.containsEntry("earlierCaseNumber", "未找到该原审案号对应的案件，请核对案号");

		body.put("earlierCaseNumber", "借款纠纷");
		assertThat(problems(api.post("/api/v1/filings/check", litigant, body)).get("earlierCaseNumber"))
			.contains("格式不正确");
		body.remove("earlierCaseNumber");
		assertThat(problems(api.post("/api/v1/filings/check", litigant, body)).get("earlierCaseNumber"))
			.contains("须填写原审案号");

		RegisteredCase first = fixtures.register(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant");
		body.put("earlierCaseNumber", first.caseNumber().format());
		assertThat(problems(api.post("/api/v1/filings/check", litigant, body))).doesNotContainKeys("earlierCaseNumber",
				"targetCourt");
		body.put("targetCourt", "220104");
		assertThat(problems(api.post("/api/v1/filings/check", litigant, body)).get("targetCourt"))
			.contains("上一级人民法院");
		body.put("targetCourt", "220100");
		body.put("receivingCourt", "220104");
		assertThat(problems(api.post("/api/v1/filings/check", litigant, body)).get("receivingCourt"))
			.contains("上诉不适用跨域立案");
	}

	@Test
	void theCasePageOffersTheAppealToThePartiesAndOpensTheWizard() {
		RegisteredCase decided = decidedCase();
		String page = "/cases/" + decided.id();
		WebSession litigant = WebSession.signIn(port, "litigant");
		assertThat(litigant.get(page).body()).contains("id=\"start-appeal\"", "上诉期（判决）", "id=\"appeal-due\"");
		assertThat(WebSession.signIn(port, "judge-0104").get(page).body()).doesNotContain("start-appeal");

		HttpResponse<String> started = litigant.post(page + "/appeal-filing", Map.of("token", "page-" + decided.id()));
		assertThat(started.statusCode()).isEqualTo(302);
		String wizard = started.headers().firstValue("Location").orElseThrow();
		assertThat(wizard).contains("/filings/").endsWith("/edit/court");
		assertThat(litigant.get(wizard.replaceFirst("^https?://[^/]+", "")).body())
			.contains("value=\"" + decided.caseNumber().format() + "\"", "民事二审（上诉）");
		assertThat(litigant.get(wizard.replaceFirst("^https?://[^/]+", "").replace("/edit/court", "")).body())
			.contains("id=\"earlier-case-number\"", decided.caseNumber().format());
	}

	private static Map<String, String> problems(Response check) {
		assertThat(check.status()).as(check.body()).isEqualTo(200);
		Map<String, String> problems = new HashMap<>();
		check.json().get("problems").forEach(p -> problems.put(p.get("field").asString(), p.get("message").asString()));
		return problems;
	}
}
