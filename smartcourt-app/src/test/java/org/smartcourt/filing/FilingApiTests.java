package org.smartcourt.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 网上立案 end to end over the API: draft, 预检, upload, submit, one-time correction, resubmission, registration with
 * a case number, refusal with a ruling, and a cross-domain filing through a cooperating court.
 */
@IntegrationTest
class FilingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Deadlines deadlines;

	private String create(TestApi api, String token, Map<String, Object> body) {
		TestApi.Response created = api.post("/api/v1/filings", token, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private void attachIdentity(TestApi api, String token, String id) {
		TestApi.Response uploaded = api.upload("/api/v1/filings/" + id + "/attachments", token, "file", "身份证.pdf",
				FilingFixtures.PDF, Map.of("kind", "IDENTITY"));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
	}

	private JsonNode submitted(TestApi api, String token, Map<String, Object> body) {
		String id = create(api, token, body);
		attachIdentity(api, token, id);
		TestApi.Response submitted = api.post("/api/v1/filings/" + id + "/submit", token, Map.of());
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		return submitted.json();
	}

	@Test
	void theCheckReportsEveryProblemInChineseAndStoresNothing() {
		TestApi api = new TestApi(port);
		String token = api.token("litigant");
		Map<String, Object> body = FilingFixtures.loanSuit("999999", null);
		String wrongCheck = FilingFixtures.PLAINTIFF_ID.substring(0, 17)
				+ (FilingFixtures.PLAINTIFF_ID.charAt(17) == '1' ? '2' : '1');
		body.put("parties", List.of(FilingFixtures.party("PLAINTIFF", "李明", wrongCheck, "长春")));
		body.put("claims", List.of(Map.of("text", "偿还借款", "amountFen", -100)));
		long before = jdbc.sql("select count(*) from filing").query(Long.class).single();

		TestApi.Response check = api.post("/api/v1/filings/check", token, body);
		assertThat(check.status()).isEqualTo(200);
		assertThat(check.json().get("submittable").asBoolean()).isFalse();
		Map<String, String> problems = new java.util.HashMap<>();
		check.json().get("problems").forEach(p -> problems.put(p.get("field").asString(), p.get("message").asString()));
		assertThat(problems).containsEntry("targetCourt", "法院不存在，请从吉林省法院列表中选择")
			.containsEntry("parties", "至少需要一名被告（被告人）")
			.containsEntry("claims[0].amount", "金额不能为负数");
		assertThat(problems.get("parties[0].idNumber")).contains("公民身份号码不正确");
		assertThat(jdbc.sql("select count(*) from filing").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theCheckShowsJurisdictionAndTheFeeWithItsDerivation() {
		TestApi api = new TestApi(port);
		TestApi.Response check = api.post("/api/v1/filings/check", api.token("litigant"),
				FilingFixtures.loanSuit("220104", null));
		assertThat(check.json().get("problems")).isEmpty();
		JsonNode hint = check.json().get("jurisdictionHints").get(0);
		assertThat(hint.get("courtName").asString()).isEqualTo("长春市朝阳区人民法院");
		assertThat(hint.get("citation").asString()).isEqualTo("《民事诉讼法》第二十二条");
		assertThat(hint.get("matchesTarget").asBoolean()).isTrue();
		assertThat(check.json().get("fee").get("total").asString()).as("2300 元 halved under the simple procedure")
			.isEqualTo("1150.00");
		assertThat(check.json().get("fee").get("derivation").toString()).contains("第十三条").contains("第十六条");
		assertThat(check.json().get("checklist").findValuesAsString("label")).anyMatch(l -> l.contains("身份证明"));
	}

	@Test
	void submittingAnIncompleteApplicationIsRefusedAndLeavesItADraft() {
		TestApi api = new TestApi(port);
		String token = api.token("litigant");
		String id = create(api, token, FilingFixtures.loanSuit("220104", null));
		TestApi.Response refused = api.post("/api/v1/filings/" + id + "/submit", token, Map.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("type").asString()).isEqualTo("/problems/filing-incomplete");
		assertThat(refused.json().get("errors").findValuesAsString("message")).contains("缺少身份证明材料（居民身份证、营业执照等）");
		assertThat(api.get("/api/v1/filings/" + id, token).json().get("status").asString()).isEqualTo("DRAFT");
	}

	@Test
	void aWrongTypeOfFileIsRefusedAndNothingIsAttached() {
		TestApi api = new TestApi(port);
		String token = api.token("litigant");
		String id = create(api, token, FilingFixtures.loanSuit("220104", null));
		TestApi.Response wrong = api.upload("/api/v1/filings/" + id + "/attachments", token, "file", "借条.pdf",
				"MZ this is an executable".getBytes(), Map.of("kind", "EVIDENCE"));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(api.get("/api/v1/filings/" + id, token).json().get("content").get("attachments")).isEmpty();
	}

	@Test
	void theSameIdempotencyKeyGivesTheSameDraftAndSubmissionOnce() {
		TestApi api = new TestApi(port);
		String token = api.token("litigant");
		String key = "create-" + System.nanoTime();
		String first = create(api, token, FilingFixtures.loanSuit("220104", null));
		TestApi.Response a = api.postWithHeader("/api/v1/filings", token, FilingFixtures.loanSuit("220104", null),
				"Idempotency-Key", key);
		TestApi.Response b = api.postWithHeader("/api/v1/filings", token, FilingFixtures.loanSuit("220104", null),
				"Idempotency-Key", key);
		assertThat(a.json().get("id").asString()).isEqualTo(b.json().get("id").asString()).isNotEqualTo(first);

		String id = a.json().get("id").asString();
		attachIdentity(api, token, id);
		TestApi.Response s1 = api.postWithHeader("/api/v1/filings/" + id + "/submit", token, Map.of(),
				"Idempotency-Key", "submit-" + key);
		TestApi.Response s2 = api.postWithHeader("/api/v1/filings/" + id + "/submit", token, Map.of(),
				"Idempotency-Key", "submit-" + key);
		assertThat(s1.status()).isEqualTo(200);
		assertThat(s2.status()).isEqualTo(200);
		assertThat(s2.json().get("trail").findValuesAsString("status").stream().filter("SUBMITTED"::equals).count())
			.isEqualTo(1);
		assertThat(api.post("/api/v1/filings/" + id + "/submit", token, Map.of()).status())
			.as("without the key a second submission is a conflict").isEqualTo(409);
	}

	@Test
	void correctionOnceThenRegistrationWithACaseNumber() {
		TestApi api = new TestApi(port);
		String litigant = api.token("litigant");
		JsonNode filing = submitted(api, litigant, FilingFixtures.loanSuit("220104", null));
		String id = filing.get("id").asString();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		assertThat(filing.get("status").asString()).isEqualTo("SUBMITTED");
		DeadlineResult period = deadlines.compute(RuleId.of("filing-decision"), today, List.of());
		assertThat(filing.get("decisionDueOn").asString()).isEqualTo(period.due().toString());
		assertThat(filing.get("decisionPeriodCitation").asString()).contains("第八条").contains("七日");

		String clerk = api.token("filing-clerk-0104");
		assertThat(api.get("/api/v1/filing-queue", clerk).json().findValuesAsString("id")).contains(id);
		assertThat(api.post("/api/v1/filings/" + id + "/decision", api.token("filing-clerk"),
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED")).status())
			.as("a clerk of another court cannot decide").isEqualTo(404);
		assertThat(api.post("/api/v1/filings/" + id + "/decision", api.token("judge-0104"),
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED")).status())
			.as("only filing clerks register cases").isEqualTo(404);

		TestApi.Response correction = api.post("/api/v1/filings/" + id + "/decision", clerk,
				Map.of("decision", "CORRECT", "items", List.of("补充借条原件照片", "写明被告身份证号码")));
		assertThat(correction.json().get("status").asString()).isEqualTo("CORRECTION_REQUESTED");
		assertThat(api.post("/api/v1/filings/" + id + "/decision", clerk,
				Map.of("decision", "CORRECT", "items", List.of("再补一项"))).status())
			.as("everything is told at once").isEqualTo(409);

		Map<String, Object> corrected = FilingFixtures.loanSuit("220104", null);
		corrected.put("attachments", List.of());
		assertThat(api.put("/api/v1/filings/" + id, litigant, corrected).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/filings/" + id + "/submit", litigant, Map.of()).json().get("status").asString())
			.isEqualTo("SUBMITTED");

		TestApi.Response accepted = api.post("/api/v1/filings/" + id + "/decision", clerk,
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		String caseNumber = accepted.json().get("decision").get("caseNumber").asString();
		assertThat(caseNumber).matches("（" + today.getYear() + "）吉0104民初\\d+号");
		assertThat(api.get("/api/v1/filings/" + id, litigant).json().get("decision").get("caseNumber").asString())
			.isEqualTo(caseNumber);
		String paymentId = accepted.json().get("decision").get("feePaymentId").asString();
		TestApi.Response payment = api.get("/api/v1/fees/payments/" + paymentId, litigant);
		assertThat(payment.status()).as(payment.body()).isEqualTo(200);
		assertThat(payment.body()).as("2300 元 halved under the simplified procedure the court chose")
			.contains("1150.00").contains("DUE").contains(caseNumber);
		assertThat(jdbc.sql("select title from notice where link = ? order by created_at").param("/filings/" + id)
			.query(String.class).list()).containsExactly("立案申请已提交", "请补正立案材料", "立案申请已提交", "已立案：" + caseNumber);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'filing.accept' and target_id = ? "
				+ "and outcome = 'SUCCESS'")
			.param(id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRepeatedAcceptanceReturnsTheFirstCaseAndRegistersNoSecond() {
		TestApi api = new TestApi(port);
		String id = submitted(api, api.token("litigant"), FilingFixtures.loanSuit("220104", null)).get("id").asString();
		String clerk = api.token("filing-clerk-0104");
		Map<String, Object> accept = Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED");

		TestApi.Response first = api.post("/api/v1/filings/" + id + "/decision", clerk, accept);
		TestApi.Response retry = api.post("/api/v1/filings/" + id + "/decision", clerk, accept);

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(retry.status()).as("a retry after a lost answer, e.g. on another node").isEqualTo(200);
		assertThat(retry.json().get("decision").get("caseNumber").asString())
			.isEqualTo(first.json().get("decision").get("caseNumber").asString());
		assertThat(jdbc.sql("select count(*) from court_case where filing_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'filing.accept' and target_id = ? "
				+ "and outcome = 'SUCCESS'")
			.param(id).query(Long.class).single()).isEqualTo(1);
		assertThat(api.post("/api/v1/filings/" + id + "/decision", clerk,
				Map.of("decision", "ACCEPT", "procedure", "ORDINARY")).status())
			.as("another decision on a decided filing is still a conflict").isEqualTo(409);
		assertThat(api.post("/api/v1/filings/" + id + "/decision", clerk,
				Map.of("decision", "REFUSE", "reasons", "不属于人民法院受理民事诉讼的范围")).status())
			.isEqualTo(409);
	}

	@Test
	void aRefusalComesWithItsRuling() {
		TestApi api = new TestApi(port);
		String id = submitted(api, api.token("litigant"), FilingFixtures.loanSuit("220104", null)).get("id").asString();
		String clerk = api.token("filing-clerk-0104");
		assertThat(api.post("/api/v1/filings/" + id + "/decision", clerk, Map.of("decision", "REFUSE", "reasons", " "))
			.status()).isEqualTo(400);
		TestApi.Response refused = api.post("/api/v1/filings/" + id + "/decision", clerk,
				Map.of("decision", "REFUSE", "reasons", "本案已由其他人民法院受理，属重复起诉。"));
		assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
		assertThat(refused.json().get("decision").get("ruling").asString()).contains("民 事 裁 定 书")
			.contains("对李明的起诉，本院不予受理。")
			.contains("上诉于吉林省长春市中级人民法院");
	}

	@Test
	void aCrossDomainFilingIsCheckedAndForwardedByTheCooperatingCourt() {
		TestApi api = new TestApi(port);
		String litigant = api.token("litigant");
		JsonNode filing = submitted(api, litigant, FilingFixtures.loanSuit("220104", "220100"));
		String id = filing.get("id").asString();
		assertThat(filing.get("status").asString()).isEqualTo("AWAITING_FORWARD");

		String receiving = api.token("filing-clerk");
		assertThat(api.get("/api/v1/filing-intake", receiving).json().findValuesAsString("id")).contains(id);
		assertThat(api.post("/api/v1/filings/" + id + "/forward", receiving, Map.of()).status())
			.as("identity first").isEqualTo(422);
		assertThat(api.post("/api/v1/filings/" + id + "/identity-check", receiving,
				Map.of("method", "居民身份证原件核对", "passed", true)).status()).isEqualTo(200);
		TestApi.Response forwarded = api.post("/api/v1/filings/" + id + "/forward", receiving, Map.of());
		assertThat(forwarded.json().get("status").asString()).isEqualTo("SUBMITTED");

		String jurisdiction = api.token("filing-clerk-0104");
		assertThat(api.get("/api/v1/filing-queue", jurisdiction).json().findValuesAsString("id")).contains(id);
		JsonNode trail = api.get("/api/v1/filings/" + id, litigant).json().get("trail");
		assertThat(trail.findValuesAsString("courtId")).contains("220100");
		assertThat(trail.findValuesAsString("status")).containsSubsequence("DRAFT", "AWAITING_FORWARD",
				"AWAITING_FORWARD", "SUBMITTED");
	}

	@Test
	void othersCannotReadSomeonesFiling() {
		TestApi api = new TestApi(port);
		String id = create(api, api.token("litigant"), FilingFixtures.loanSuit("220104", null));
		assertThat(api.get("/api/v1/filings/" + id, api.token("lawyer")).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/filings/" + id, api.token("judge-0104")).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/filings/" + id, api.token("judge")).status())
			.as("the intermediate court is above 220104").isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'filing.read' and target_id = ? "
				+ "and outcome = 'DENIED'").param(id).query(Long.class).single()).isEqualTo(1);
	}
}
