package org.smartcourt.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** 立案 issues a 案号 and announces the case; staff of the court and above find it by number, nobody else. */
@IntegrationTest
@RecordApplicationEvents
class CaseRegistrationTests {

	private static final CourtId CHAOYANG = new CourtId("220104");
	private static final CourtId CHANGCHUN = new CourtId("220100");

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	private static RegisterCase civilFirstInstance(CourtId court, String title) {
		return new RegisterCase(court, "0301", null, Procedure.SIMPLIFIED, "9.20.1", UUID.randomUUID(), title);
	}

	@Test
	void registrationIssuesTheNextNumberAndAnnouncesTheCase() {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		RegisteredCase first = registry.register(civilFirstInstance(CHAOYANG, "张三诉李四民间借贷纠纷"));
		RegisteredCase second = registry.register(civilFirstInstance(CHAOYANG, "王五诉赵六买卖合同纠纷"));
		assertThat(first.caseNumber().courtCode()).isEqualTo("吉0104");
		assertThat(first.caseNumber().typeCode()).isEqualTo("民初");
		assertThat(first.caseNumber().year()).isEqualTo(year);
		assertThat(Long.parseLong(second.caseNumber().number()))
			.isEqualTo(Long.parseLong(first.caseNumber().number()) + 1);
		assertThat(registry.byNumber(first.caseNumber())).contains(first);
		assertThat(registry.byId(second.id())).contains(second);
		assertThat(events.stream(CaseRegistered.class).filter(e -> e.caseId().equals(first.id())))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.caseNumber()).isEqualTo(first.caseNumber().format());
				assertThat(e.courtId()).isEqualTo(CHAOYANG);
				assertThat(e.categoryCode()).isEqualTo("0301");
				assertThat(e.procedure()).isEqualTo(Procedure.SIMPLIFIED);
			});
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'case.register' and target_id = ?")
			.param(first.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRolledBackRegistrationLeavesNeitherCaseNorGap() {
		RegisteredCase before = registry.register(civilFirstInstance(CHANGCHUN, "甲诉乙合同纠纷"));
		TransactionTemplate tx = new TransactionTemplate(transactions);
		RegisteredCase undone = tx.execute(s -> {
			s.setRollbackOnly();
			return registry.register(civilFirstInstance(CHANGCHUN, "丙诉丁合同纠纷"));
		});
		assertThat(registry.byId(undone.id())).isEmpty();
		RegisteredCase after = registry.register(civilFirstInstance(CHANGCHUN, "戊诉己合同纠纷"));
		assertThat(Long.parseLong(after.caseNumber().number()))
			.isEqualTo(Long.parseLong(before.caseNumber().number()) + 1);
	}

	@Test
	void badRegistrationsAreRefusedFieldByField() {
		assertThatThrownBy(() -> registry.register(new RegisterCase(new CourtId("999999"), "0300", null, null, null,
				null, " ")))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems())
				.extracting(DomainException.FieldProblem::field)
				.containsExactly("courtId", "categoryCode", "procedure", "title"));
	}

	@Test
	void staffOfTheCourtAndAboveFindACaseByNumber() {
		RegisteredCase registered = registry.register(civilFirstInstance(CHAOYANG, "张三诉李四民间借贷纠纷"));
		String halfWidth = registered.caseNumber().format().replace('（', '(').replace('）', ')');
		for (String user : new String[] { "judge-0104", "judge", "filing-clerk" }) {
			TestApi.Response found = api.get("/api/v1/cases/by-number?number=" + encode(" " + halfWidth + " "),
					api.token(user));
			assertThat(found.status()).as(user).isEqualTo(200);
			assertThat(found.json().get("id").asString()).isEqualTo(registered.id().toString());
			assertThat(found.json().get("caseNumber").asString()).isEqualTo(registered.caseNumber().format());
			assertThat(found.json().get("procedure").asString()).isEqualTo("SIMPLIFIED");
		}
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'case.read' and target_id = ?")
			.param(registered.id().toString())
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aLowerCourtDoesNotSeeAHigherCourtsCaseAndLitigantsAreRefused() {
		RegisteredCase registered = registry.register(civilFirstInstance(CHANGCHUN, "甲诉乙民间借贷纠纷"));
		String path = "/api/v1/cases/by-number?number=" + encode(registered.caseNumber().format());
		TestApi.Response lower = api.get(path, api.token("judge-0104"));
		assertThat(lower.status()).isEqualTo(404);
		assertThat(lower.json().get("type").asString()).endsWith("/case-not-found");
		TestApi.Response litigant = api.get(path, api.token("litigant"));
		assertThat(litigant.status()).isEqualTo(403);
		assertThat(api.get(path, null).status()).isEqualTo(401);
		TestApi.Response bad = api.get("/api/v1/cases/by-number?number=" + encode("吉01民初1号"), api.token("judge"));
		assertThat(bad.status()).isEqualTo(400);
	}

	@Test
	void anySignedInUserParsesACaseNumber() {
		TestApi.Response parsed = api.get("/api/v1/case-numbers/parse?text=" + encode(" (2025)吉01知民初64号 "),
				api.token("litigant"));
		assertThat(parsed.status()).isEqualTo(200);
		assertThat(parsed.json().get("normalized").asString()).isEqualTo("（2025）吉01知民初64号");
		assertThat(parsed.json().get("year").asInt()).isEqualTo(2025);
		assertThat(parsed.json().get("courtCode").asString()).isEqualTo("吉01");
		assertThat(parsed.json().get("specialCode").asString()).isEqualTo("知");
		assertThat(parsed.json().get("typeCode").asString()).isEqualTo("民初");
		assertThat(parsed.json().get("number").asString()).isEqualTo("64");

		TestApi.Response high = api.get("/api/v1/case-numbers/parse?text=" + encode("（2024）吉民终5号"), api.token("judge"));
		assertThat(high.json().get("courtCode").asString()).isEqualTo("吉");
		assertThat(high.json().get("specialCode").isNull()).isTrue();
	}

	@Test
	void aBadCaseNumberGetsProblemDetailsInChinese() {
		TestApi.Response bad = api.get("/api/v1/case-numbers/parse?text=" + encode("（2026）吉林民初123号"),
				api.token("litigant"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type")).contains("application/problem+json");
		assertThat(bad.json().get("type").asString()).endsWith("/invalid-case-number");
		assertThat(bad.json().get("title").asString()).isEqualTo("案号有误");
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("caseNumber");
		assertThat(bad.json().get("errors").get(0).get("message").asString()).contains("法院代字").contains("吉林民初");
		assertThat(api.get("/api/v1/case-numbers/parse?text=x", null).status()).isEqualTo(401);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
