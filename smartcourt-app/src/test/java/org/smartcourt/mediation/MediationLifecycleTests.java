package org.smartcourt.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.filing.FilingFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 诉前调解 end to end over the API on PostgreSQL: a filing diverted with consent gets a 民诉前调 number and waits;
 * designation, acceptance, the agreement confirmed by both parties (a wrong password changes nothing), judicial
 * confirmation as a 诉前调确 case with its 30-day period; failure sends the filing back to registration with its
 * materials; a decline or a silent mediator leads to reassignment.
 */
@IntegrationTest
class MediationLifecycleTests {

	static final String CLERK = "filing-clerk-0104";
	static final String MEDIATOR = "mediator-0104";

	@LocalServerPort
	int port;

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Docket docket;

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai"));
	}

	LocalDate due(String rule) {
		return deadlines.compute(RuleId.of(rule), today(), List.of()).due();
	}

	/** A submitted 民间借贷 filing of 100,000 元 at 朝阳区法院 by litigant. */
	static String submittedFiling(TestApi api) {
		String token = api.token("litigant");
		TestApi.Response created = api.post("/api/v1/filings", token, FilingFixtures.loanSuit("220104", null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(api.upload("/api/v1/filings/" + id + "/attachments", token, "file", "身份证.pdf", FilingFixtures.PDF,
				Map.of("kind", "IDENTITY")).status()).isEqualTo(200);
		TestApi.Response submitted = api.post("/api/v1/filings/" + id + "/submit", token, Map.of());
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		return id;
	}

	static JsonNode diversionOf(TestApi api, String filingId) {
		TestApi.Response desk = api.get("/api/v1/mediation/diversions", api.token(CLERK));
		assertThat(desk.status()).as(desk.body()).isEqualTo(200);
		for (JsonNode d : desk.json()) {
			if (filingId.equals(d.path("filingId").asString(""))) {
				return d;
			}
		}
		throw new AssertionError("filing " + filingId + " not on the desk: " + desk.body());
	}

	/** Diverts a new filing and returns the mediation's id. */
	static String divertedMediation(TestApi api, String filingId) {
		JsonNode d = diversionOf(api, filingId);
		TestApi.Response decided = api.post("/api/v1/mediation/diversions/" + d.get("id").asString() + "/decision",
				api.token(CLERK), Map.of("track", "PRE_SUIT_MEDIATION", "applicantConsents", true,
						"respondentUsername", "litigant-b"));
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		TestApi.Response list = api.get("/api/v1/mediation/mediations", api.token(CLERK));
		for (JsonNode m : list.json()) {
			if (filingId.equals(m.get("mediation").path("filingId").asString(""))) {
				return m.get("mediation").get("id").asString();
			}
		}
		throw new AssertionError("no mediation for " + filingId);
	}

	static String mediatorId(TestApi api, String username) {
		JsonNode roster = api.get("/api/v1/mediation/roster", api.token(CLERK)).json();
		for (JsonNode m : roster.get("mediators")) {
			if (username.equals(m.path("username").asString(""))) {
				return m.get("id").asString();
			}
		}
		throw new AssertionError("no mediator " + username);
	}

	static String accountlessMediatorId(TestApi api) {
		JsonNode roster = api.get("/api/v1/mediation/roster", api.token(CLERK)).json();
		for (JsonNode m : roster.get("mediators")) {
			if (absent(m.path("username"))) {
				return m.get("id").asString();
			}
		}
		throw new AssertionError("no mediator without account");
	}

	static boolean absent(JsonNode node) {
		return node.isNull() || node.isMissingNode();
	}

	static JsonNode post(TestApi api, String user, String path, Object body, int status) {
		TestApi.Response r = api.post(path, api.token(user), body);
		assertThat(r.status()).as(path + " " + r.body()).isEqualTo(status);
		return r.json();
	}

	@Test
	void aDivertedFilingSettlesAndBecomesAJudicialConfirmationCase() {
		TestApi api = new TestApi(port);
		String filingId = submittedFiling(api);
		JsonNode diversion = diversionOf(api, filingId);
		assertThat(diversion.get("suggested").asString()).isEqualTo("PRE_SUIT_MEDIATION");
		assertThat(diversion.get("reasons").get(0).get("text").asString()).contains("民间借贷纠纷");
		assertThat(diversion.get("wageNote").asString()).contains("须以吉林省统计局公布数核对");

		// without the applicant's consent nothing happens
		JsonNode refused = post(api, CLERK, "/api/v1/mediation/diversions/" + diversion.get("id").asString()
				+ "/decision", Map.of("track", "PRE_SUIT_MEDIATION", "applicantConsents", false), 400);
		assertThat(refused.toString()).contains("consent");
		assertThat(absent(diversionOf(api, filingId).path("decided"))).isTrue();
		assertThat(api.get("/api/v1/filings/" + filingId, api.token("litigant")).json().get("status").asString())
			.isEqualTo("SUBMITTED");

		String id = divertedMediation(api, filingId);
		String path = "/api/v1/mediation/mediations/" + id;
		JsonNode m = api.get(path, api.token(CLERK)).json().get("mediation");
		assertThat(m.get("caseNumber").asString()).contains("民诉前调");
		assertThat(m.get("status").asString()).isEqualTo("AWAITING_DESIGNATION");
		assertThat(m.get("designationDue").asString()).isEqualTo(due("mediation-designation").toString());
		assertThat(m.get("choiceDue").asString()).isEqualTo(due("mediation-joint-choice").toString());
		assertThat(api.get("/api/v1/filings/" + filingId, api.token("litigant")).json().get("status").asString())
			.isEqualTo("IN_PRE_SUIT_MEDIATION");

		m = post(api, CLERK, path + "/designation", Map.of("mediatorId", mediatorId(api, MEDIATOR)), 200)
			.get("mediation");
		assertThat(m.get("status").asString()).isEqualTo("AWAITING_ACCEPTANCE");
		assertThat(m.get("acceptanceDue").asString()).isEqualTo(due("mediation-acceptance").toString());

		m = post(api, MEDIATOR, path + "/acceptance", Map.of("accept", true), 200).get("mediation");
		assertThat(m.get("status").asString()).isEqualTo("MEDIATING");
		assertThat(m.get("dueOn").asString()).isEqualTo(due("mediation-pre-suit").toString());
		assertThat(m.get("periodCitation").asString()).contains("第二十四条");

		post(api, MEDIATOR, path + "/records", Map.of("text", "双方同意分期还款。"), 200);
		m = post(api, MEDIATOR, path + "/agreement", Map.of("markdown",
				"# 长春市朝阳区人民法院\n\n## 调解协议\n\n王五于2026年12月31日前向李明偿还借款100000元。"), 200).get("mediation");
		assertThat(m.get("agreements").get(0).get("pdfSha256").asString()).hasSize(64);

		JsonNode wrong = post(api, "litigant", path + "/agreement/confirmation", Map.of("password", "wrong-password"),
				400);
		assertThat(wrong.get("detail").asString()).contains("密码不正确");
		m = api.get(path, api.token("litigant")).json().get("mediation");
		assertThat(m.get("agreements").get(0).get("signatures").size()).as("nothing changed").isZero();

		m = post(api, "litigant", path + "/agreement/confirmation", Map.of("password", TestApi.DEMO_PASSWORD), 200)
			.get("mediation");
		assertThat(m.get("status").asString()).isEqualTo("MEDIATING");
		m = post(api, "litigant-b", path + "/agreement/confirmation", Map.of("password", TestApi.DEMO_PASSWORD), 200)
			.get("mediation");
		assertThat(m.get("status").asString()).isEqualTo("SETTLED");
		assertThat(m.get("confirmationApplyDue").asString())
			.isEqualTo(due("judicial-confirmation-application").toString());
		assertThat(api.get("/api/v1/filings/" + filingId, api.token("litigant")).json().get("status").asString())
			.isEqualTo("MEDIATED");

		m = post(api, "litigant", path + "/judicial-confirmation", Map.of("document", "CONFIRMATION"), 200)
			.get("mediation");
		assertThat(absent(m.path("confirmationCaseNumber"))).as("both must apply").isTrue();
		m = post(api, "litigant-b", path + "/judicial-confirmation", Map.of("document", "CONFIRMATION"), 200)
			.get("mediation");
		assertThat(m.get("confirmationCaseNumber").asString()).contains("诉前调确");
		assertThat(m.get("confirmationDue").asString()).isEqualTo(due("special-procedure").toString());
		post(api, "litigant", path + "/judicial-confirmation", Map.of("document", "CONFIRMATION"), 409);
	}

	@Test
	void failureSendsTheFilingBackToRegistrationWithItsMaterials() {
		TestApi api = new TestApi(port);
		String filingId = submittedFiling(api);
		String id = divertedMediation(api, filingId);
		String path = "/api/v1/mediation/mediations/" + id;
		post(api, CLERK, path + "/designation", Map.of("mediatorId", mediatorId(api, MEDIATOR)), 200);
		post(api, MEDIATOR, path + "/acceptance", Map.of("accept", true), 200);
		post(api, MEDIATOR, path + "/records", Map.of("text", "被申请人表示不同意调解。"), 200);
		post(api, "litigant-b", path + "/records", Map.of("text", "我方认为借款已部分归还。"), 200);
		post(api, MEDIATOR, path + "/ending", Map.of("ground", "PERIOD_EXPIRED", "note", "期限未满"), 400);
		JsonNode m = post(api, MEDIATOR, path + "/ending", Map.of("ground", "PARTY_UNWILLING", "note",
				"被申请人明确表示不愿继续调解。"), 200).get("mediation");
		assertThat(m.get("status").asString()).isEqualTo("ENDED");
		assertThat(m.get("endingGround").asString()).isEqualTo("PARTY_UNWILLING");

		JsonNode filing = api.get("/api/v1/filings/" + filingId, api.token("litigant")).json();
		assertThat(filing.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(filing.get("decisionDueOn").asString()).isEqualTo(due("filing-decision").toString());

		JsonNode registered = post(api, CLERK, "/api/v1/filings/" + filingId + "/decision",
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED"), 200);
		String caseId = registered.get("decision").get("caseId").asString();
		CaseId registeredCase = new CaseId(UUID.fromString(caseId));
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (docket.entries(registeredCase).stream().noneMatch(e -> e.type() == DocketEntryType.MEDIATION)
				&& System.nanoTime() < until) {
			Thread.onSpinWait();
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(docket.entries(registeredCase)).anySatisfy(e -> {
			assertThat(e.type()).isEqualTo(DocketEntryType.MEDIATION);
			assertThat(e.summary()).contains("民诉前调").contains("调解笔录 1 份").contains("当事人提交意见 1 份");
		});
	}

	@Test
	void aDeclineOrASilentMediatorLeadsToReassignment() {
		TestApi api = new TestApi(port);
		String id = divertedMediation(api, submittedFiling(api));
		String path = "/api/v1/mediation/mediations/" + id;
		String mediator = mediatorId(api, MEDIATOR);
		post(api, CLERK, path + "/designation", Map.of("mediatorId", mediator), 200);
		post(api, MEDIATOR, path + "/acceptance", Map.of("accept", false), 400);
		JsonNode m = post(api, MEDIATOR, path + "/acceptance", Map.of("accept", false, "reason", "与当事人有亲属关系"),
				200).get("mediation");
		assertThat(m.get("status").asString()).isEqualTo("AWAITING_DESIGNATION");
		assertThat(m.get("assignments").get(0).get("outcome").asString()).isEqualTo("DECLINED");
		assertThat(api.get(path, api.token(MEDIATOR)).status()).as("no longer theirs").isEqualTo(404);

		String other = accountlessMediatorId(api);
		post(api, CLERK, path + "/designation", Map.of("mediatorId", other), 200);
		post(api, CLERK, path + "/designation", Map.of("mediatorId", mediator), 409);
		// three working days pass without an answer
		jdbc.sql("update mediation set acceptance_due = ? where id = ?")
			.params(java.sql.Date.valueOf(today().minusDays(1)), UUID.fromString(id))
			.update();
		JsonNode overdue = api.get(path, api.token(CLERK)).json();
		assertThat(overdue.get("acceptanceOverdue").asBoolean()).isTrue();
		m = post(api, CLERK, path + "/designation", Map.of("mediatorId", mediator), 200).get("mediation");
		assertThat(m.get("assignments").findValuesAsString("outcome")).containsExactly("DECLINED", "OVERDUE",
				"PENDING");
		assertThat(post(api, MEDIATOR, path + "/acceptance", Map.of("accept", true), 200).get("mediation")
			.get("status").asString()).isEqualTo("MEDIATING");
	}
}
