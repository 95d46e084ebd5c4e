package org.smartcourt.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.CaseSection;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who sees and does what over the API: applicants their own applications only (404 otherwise), staff their court's;
 * only the court rules; two rulings at once, one wins and the other gets 409; an Idempotency-Key makes a repeated
 * submission one application; bad input gets Chinese Problem Details with field errors and changes nothing.
 */
@IntegrationTest
class PreservationAccessTests {

	private static final String BASE = "/api/v1/preservation/applications";

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<CaseSection> sections;

	@Autowired
	Cases cases;

	@Autowired
	AccountDirectory accounts;

	private static Map<String, Object> preSuit(String respondent) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "PRE_SUIT");
		body.put("courtId", "220104");
		body.put("applicantName", "张三");
		body.put("applicantIdNumber", "220104198001011234");
		body.put("applicantAddress", "长春市朝阳区人民大街1号");
		body.put("applicantContact", "13900000001");
		body.put("respondentName", respondent);
		body.put("respondentAddress", "长春市南关区大马路2号");
		body.put("claim", "请求冻结被申请人银行存款人民币50000元");
		body.put("grounds", "被申请人欠款到期未还。");
		body.put("amount", "50000");
		body.put("properties", List.of(Map.of("kind", "DEPOSIT", "description", "中国银行账户", "identifier",
				"6216610000000002", "estimatedValue", "60000", "leadOnly", false)));
		body.put("securityKind", "CASH");
		body.put("securityAmount", "50000");
		return body;
	}

	@Test
	void applicantsSeeOnlyTheirOwnAndStaffOnlyTheirCourts() {
		TestApi api = new TestApi(port);
		String litigant = api.token("litigant");
		Response created = api.postWithHeader(BASE, litigant, preSuit("钱七"), "Idempotency-Key", UUID.randomUUID().toString());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		String path = BASE + "/" + id;

		assertThat(api.get(path, litigant).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("lawyer")).status()).isEqualTo(404);
		assertThat(api.get(path, api.token("judge")).status()).as("a judge of another court").isEqualTo(404);
		assertThat(api.get(path, api.token("judge-0104")).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("hotline")).status()).isEqualTo(404);
		assertThat(api.get(BASE, api.token("lawyer")).json().toString()).doesNotContain(id);
		assertThat(api.get(BASE + "?filter=PENDING", api.token("filing-clerk-0104")).json().toString()).contains(id);
		assertThat(api.get(BASE + "?filter=PENDING", api.token("filing-clerk")).json().toString()).doesNotContain(id);

		Response selfRuling = api.post(path + "/ruling", litigant, Map.of("grant", true));
		assertThat(selfRuling.status()).isEqualTo(403);
		assertThat(selfRuling.json().get("title").asString()).isEqualTo("无权办理");
		Response otherCourt = api.post(path + "/ruling", api.token("judge"), Map.of("grant", true));
		assertThat(otherCourt.status()).isEqualTo(404);
	}

	@Test
	void theSameIdempotencyKeyMakesOneApplication() {
		TestApi api = new TestApi(port);
		String litigant = api.token("litigant");
		String key = UUID.randomUUID().toString();
		Response first = api.postWithHeader(BASE, litigant, preSuit("孙八"), "Idempotency-Key", key);
		Response again = api.postWithHeader(BASE, litigant, preSuit("孙八"), "Idempotency-Key", key);
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(again.json().get("reviewCaseNumber").asString()).isEqualTo(first.json().get("reviewCaseNumber").asString());
	}

	@Test
	void badInputIsRefusedInChineseWithFieldErrorsAndChangesNothing() {
		TestApi api = new TestApi(port);
		String litigant = api.token("litigant");
		long before = jdbc.sql("select count(*) from preservation_application").query(Long.class).single();
		Map<String, Object> noSecurity = preSuit("周九");
		noSecurity.remove("securityKind");
		noSecurity.remove("securityAmount");
		noSecurity.put("noSecurityGround", "CLEAR_FACTS_LOW_RISK");
		Response refused = api.post(BASE, litigant, noSecurity);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("type").asString()).endsWith("preservation-invalid");
		assertThat(refused.json().get("title").asString()).isEqualTo("保全申请填写有误");
		assertThat(refused.json().get("errors").toString()).contains("noSecurityGround", "securityKind", "第一百零四条");

		Map<String, Object> shortSecurity = preSuit("吴十");
		shortSecurity.put("securityAmount", "49999.99");
		Response tooLittle = api.post(BASE, litigant, shortSecurity);
		assertThat(tooLittle.status()).isEqualTo(400);
		assertThat(tooLittle.json().get("errors").toString()).contains("securityAmount", "50000.00", "49999.99",
				"第五条第二款");
		assertThat(jdbc.sql("select count(*) from preservation_application").query(Long.class).single())
			.isEqualTo(before);
	}

	@Test
	void twoRulingsAtOnceOneWinsTheOtherGetsConflict() throws Exception {
		TestApi api = new TestApi(port);
		String id = api.post(BASE, api.token("litigant"), preSuit("郑十一")).json().get("id").asString();
		List<String> tokens = List.of(api.token("filing-clerk-0104"), api.token("judge-0104"));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> rulings = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			String token = tokens.get(i);
			boolean grant = i == 0;
			rulings.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return api.post(BASE + "/" + id + "/ruling", token,
						grant ? Map.of("grant", true) : Map.of("grant", false, "reason", "证据不足")).status();
			}));
		}
		start.countDown();
		List<Integer> statuses = rulings.stream().map(CompletableFuture::join).sorted().toList();
		assertThat(statuses).containsExactly(200, 409);
		long executionCases = jdbc.sql("select count(*) from preservation_application where id = ? and enforcement_case_id is not null")
			.param(UUID.fromString(id))
			.query(Long.class)
			.single();
		String status = api.get(BASE + "/" + id, api.token("judge-0104")).json().get("status").asString();
		assertThat(executionCases).isEqualTo("GRANTED".equals(status) ? 1 : 0);
	}

	@Test
	void theCasePageListsThePreservationMeasuresOfTheCase() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		TestApi api = new TestApi(port);
		String litigant = api.token("litigant");
		Map<String, Object> body = preSuit("李四");
		body.put("kind", "IN_LITIGATION");
		body.remove("courtId");
		body.put("caseNumber", c.caseNumber().format());
		body.put("securityAmount", "15000");
		Response created = api.post(BASE, litigant, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		String judge = api.token("judge-0104");
		assertThat(api.post(BASE + "/" + id + "/ruling", judge, Map.of("grant", true)).status()).isEqualTo(200);
		Response enforced = api.post(BASE + "/" + id + "/enforcement", judge, Map.of());
		assertThat(enforced.status()).isEqualTo(200);
		String expiry = enforced.json().get("measures").get(0).get("expiryDate").asString();

		CaseSection section = sections.stream()
			.filter(x -> x.template().equals("preservation/case-section"))
			.findFirst()
			.orElseThrow();
		CaseOverview overview = cases.find(c.id()).orElseThrow();
		PreservationFixtures actors = new PreservationFixtures(accounts, staffing);
		assertThat(section.model(overview, actors.judge(), Audience.COURT).toString()).contains(expiry);
		assertThat(section.model(overview, actors.litigant(), Audience.PARTIES).toString()).contains(expiry);
		assertThat(section.model(overview, actors.lawyer(), Audience.PARTIES)).as("not the lawyer's application").isEmpty();
		assertThat(section.model(overview, actors.litigant(), Audience.PUBLIC)).isEmpty();
	}
}
