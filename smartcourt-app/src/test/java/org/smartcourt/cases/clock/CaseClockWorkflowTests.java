package org.smartcourt.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.internal.clock.CaseClockService;
import org.smartcourt.cases.internal.clock.ClockWarnings;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The 审限 workflow through the API on PostgreSQL (needs the deadlines engine's CaseClocks): the clock for the
 * court and the parties, an extension requested and approved or refused, a late request refused, 中止 and 恢复,
 * exclusions that overlap, and warnings sent once.
 */
@IntegrationTest
class CaseClockWorkflowTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseClockService clocks;

	@Autowired
	ClockWarnings warnings;

	@Autowired
	PlatformTransactionManager transactions;

	TestApi api;
	CaseFixtures fixtures;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		fixtures = new CaseFixtures(registry, staffing, jdbc);
	}

	private RegisteredCase assigned() {
		return fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant", "judge-0104",
				"assistant-0104", "clerk-0104");
	}

	/** Moves the case's 立案 back so that its period ends {@code daysLeft} days from today (3-month rule). */
	private void registeredAgo(RegisteredCase c, int days) {
		LocalDate on = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(days);
		jdbc.sql("update docket_entry set occurred_on = ? where case_id = ? and type = 'REGISTERED'")
			.params(on, c.id().value())
			.update();
		jdbc.sql("update court_case set registered_on = ? where id = ?").params(on, c.id().value()).update();
		new TransactionTemplate(transactions).executeWithoutResult(tx -> clocks.recompute(c.id()));
	}

	private int count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	@Test
	void theJudgeRequestsThePresidentApprovesAndTheLitigantSeesTheNewDateButNotTheRequest() {
		RegisteredCase c = assigned();
		String judge = api.token("judge-0104");
		String litigant = api.token("litigant");
		String base = "/api/v1/cases/" + c.id();

		TestApi.Response clock = api.get(base + "/clock", judge);
		assertThat(clock.status()).isEqualTo(200);
		assertThat(clock.json().get("available").asBoolean()).isTrue();
		assertThat(clock.json().get("rule").asString()).isEqualTo("civil-first-simple");
		assertThat(clock.json().get("explanation").size()).isPositive();
		String due = clock.json().get("due").asString();
		assertThat(count("select count(*) from case_clock where case_id = ?", c.id().value())).isOne();

		TestApi.Response noReason = api.post(base + "/extension-requests", judge, Map.of("length", 1, "unit", "MONTHS"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("reason");
		assertThat(api.post(base + "/extension-requests", api.token("clerk-0104"),
				Map.of("length", 1, "unit", "MONTHS", "reason", "x")).status()).isEqualTo(403);

		TestApi.Response requested = api.post(base + "/extension-requests", judge,
				Map.of("length", 1, "unit", "MONTHS", "reason", "案情复杂，需进一步调查取证"));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		String rid = requested.json().get("id").asString();
		assertThat(requested.json().get("approver").asString()).isEqualTo("本院院长");
		assertThat(api.post(base + "/extension-requests", judge,
				Map.of("length", 1, "unit", "MONTHS", "reason", "再次申请")).status()).isEqualTo(409);

		assertThat(api.get(base + "/extension-requests", litigant).status()).isEqualTo(403);
		assertThat(api.get(base + "/docket", litigant).body()).doesNotContain("EXTENSION_REQUESTED");
		assertThat(api.post(base + "/extension-requests/" + rid + "/approve", judge, Map.of()).status())
			.isEqualTo(403);
		assertThat(api.post(base + "/extension-requests/" + rid + "/approve", api.token("president"), Map.of())
			.status()).as("the intermediate court's president does not decide a first extension").isEqualTo(403);

		TestApi.Response approved = api.post(base + "/extension-requests/" + rid + "/approve",
				api.token("president-0104"), Map.of("length", 1, "note", "同意"));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

		JsonNode after = api.get(base + "/clock", litigant).json();
		assertThat(after.get("due").asString()).isNotEqualTo(due);
		assertThat(after.get("extensions").size()).isOne();
		assertThat(api.get(base + "/docket", litigant).body()).contains("EXTENSION_APPROVED")
			.doesNotContain("EXTENSION_REQUESTED");
		assertThat(count("select count(*) from audit_record where target_id = ? and action like 'case.clock.extension%'",
				c.id().toString())).isEqualTo(2);
	}

	@Test
	void aRefusalStaysInsideTheCourtAndALateRequestChangesNothing() {
		RegisteredCase c = assigned();
		String judge = api.token("judge-0104");
		String base = "/api/v1/cases/" + c.id();
		String rid = api.post(base + "/extension-requests", judge, Map.of("length", 1, "reason", "鉴定未完成"))
			.json()
			.get("id")
			.asString();
		TestApi.Response refusal = api.post(base + "/extension-requests/" + rid + "/refuse",
				api.token("president-0104"), Map.of("note", ""));
		assertThat(refusal.status()).isEqualTo(400);
		refusal = api.post(base + "/extension-requests/" + rid + "/refuse", api.token("president-0104"),
				Map.of("note", "理由不充分"));
		assertThat(refusal.status()).isEqualTo(200);
		assertThat(api.get(base + "/docket", api.token("litigant")).body()).doesNotContain("EXTENSION_REFUSED")
			.doesNotContain("理由不充分");

		RegisteredCase late = assigned();
		registeredAgo(late, 85);
		int entries = count("select count(*) from docket_entry where case_id = ?", late.id().value());
		TestApi.Response refused = api.post("/api/v1/cases/" + late.id() + "/extension-requests", judge,
				Map.of("length", 1, "reason", "来不及"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("十五日");
		assertThat(count("select count(*) from docket_entry where case_id = ?", late.id().value())).isEqualTo(entries);
		assertThat(count("select count(*) from extension_request where case_id = ?", late.id().value())).isZero();
	}

	@Test
	void suspensionPausesTheClockAndExclusionsMayNotOverlap() {
		RegisteredCase c = assigned();
		String judge = api.token("judge-0104");
		String base = "/api/v1/cases/" + c.id();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

		TestApi.Response reversed = api.post(base + "/exclusions", judge,
				Map.of("kind", "APPRAISAL", "from", today.plusDays(3).toString(), "reason", "委托鉴定"));
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.body()).contains("from");
		TestApi.Response started = api.post(base + "/exclusions", judge,
				Map.of("kind", "APPRAISAL", "from", today.toString(), "reason", "委托司法鉴定"));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		TestApi.Response overlap = api.post(base + "/exclusions", judge,
				Map.of("kind", "PUBLICATION", "from", today.toString(), "reason", "公告送达"));
		assertThat(overlap.status()).isEqualTo(400);
		assertThat(overlap.body()).contains("重叠");
		assertThat(api.get(base + "/clock", judge).json().get("status").asString()).isEqualTo("PAUSED");
		String eid = started.json().get("id").asString();
		assertThat(api.post(base + "/exclusions/" + eid + "/end", judge, Map.of("to", today.minusDays(1).toString()))
			.status()).isEqualTo(400);
		assertThat(api.post(base + "/exclusions/" + eid + "/end", judge, Map.of("to", today.toString())).status())
			.isEqualTo(200);

		RegisteredCase other = assigned();
		String otherBase = "/api/v1/cases/" + other.id();
		assertThat(api.post(otherBase + "/suspension", api.token("assistant-0104"),
				Map.of("ground", "FORCE_MAJEURE", "reason", "x")).status()).isEqualTo(403);
		TestApi.Response suspended = api.post(otherBase + "/suspension", judge,
				Map.of("ground", "DEPENDS_ON_OTHER_CASE", "reason", "须以另案审理结果为依据"));
		assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);
		JsonNode clock = api.get(otherBase + "/clock", api.token("litigant")).json();
		assertThat(clock.get("suspended").asBoolean()).isTrue();
		assertThat(clock.get("exclusions").get(0).get("kind").asString()).isEqualTo("中止");
		assertThat(api.post(otherBase + "/suspension", judge, Map.of("ground", "OTHER", "reason", "again")).status())
			.isEqualTo(409);
		TestApi.Response resumed = api.post(otherBase + "/resumption", judge, Map.of());
		assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
		assertThat(resumed.json().get("suspended").asBoolean()).isFalse();
		assertThat(api.get(otherBase + "/docket", api.token("litigant")).body()).contains("SUSPENDED", "RESUMED");
	}

	@Test
	void warningsAreSentOnceEvenWhenTheJobRunsTwiceAndListsShowTheCase() {
		RegisteredCase c = assigned();
		registeredAgo(c, 80);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		warnings.warn(today);
		warnings.warn(today);
		assertThat(count("select count(*) from clock_warning where case_id = ?", c.id().value())).isOne();
		int notices = count("""
				select count(*) from notice n join user_account u on u.id = n.user_id
				 where u.username in ('judge-0104', 'assistant-0104', 'division-head-0104') and n.title like ?""",
				"%" + c.caseNumber().format() + "%");
		assertThat(notices).isEqualTo(3);
		assertThat(warnings.run()).as("a second full run sends nothing new for this case").isGreaterThanOrEqualTo(0);
		assertThat(count("select count(*) from clock_warning where case_id = ?", c.id().value())).isOne();

		TestApi.Response near = api.get("/api/v1/cases?view=court&filter=near-expiry", api.token("division-head-0104"));
		assertThat(near.status()).isEqualTo(200);
		assertThat(near.body()).contains(c.id().toString());
		assertThat(api.get("/api/v1/cases?view=assigned", api.token("judge-0104")).body()).contains(c.id().toString());
		assertThat(api.get("/api/v1/cases?view=court", api.token("judge-0104")).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/cases?view=court&filter=bogus", api.token("president-0104")).status())
			.isEqualTo(400);
	}

	@Test
	void aDecisionAfterTheDayForItIsTakenAndMarkedLate() {
		RegisteredCase c = assigned();
		String judge = api.token("judge-0104");
		String base = "/api/v1/cases/" + c.id();
		String rid = api.post(base + "/extension-requests", judge, Map.of("length", 1, "reason", "等待鉴定意见"))
			.json()
			.get("id")
			.asString();
		// the period now ends in two days: past the day by which the 院长 should have decided
		registeredAgo(c, 90);
		TestApi.Response approved = api.post(base + "/extension-requests/" + rid + "/approve",
				api.token("president-0104"), Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("decidedLate").asBoolean()).isTrue();
		assertThat(api.get(base + "/docket", judge).json().toString()).contains("\"late\":\"true\"");
	}

	@Test
	void aSecondExtensionOfAnOrdinaryCaseGoesToTheCourtAbove() {
		RegisteredCase c = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.ORDINARY, "litigant",
				"judge-0104", "assistant-0104", "clerk-0104");
		String judge = api.token("judge-0104");
		String base = "/api/v1/cases/" + c.id();
		String first = api.post(base + "/extension-requests", judge, Map.of("length", 6, "reason", "案情重大复杂"))
			.json()
			.get("id")
			.asString();
		assertThat(api.post(base + "/extension-requests/" + first + "/approve", api.token("president-0104"), Map.of())
			.status()).isEqualTo(200);
		TestApi.Response second = api.post(base + "/extension-requests", judge,
				Map.of("length", 3, "reason", "仍需调查"));
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		assertThat(second.json().get("approverLevel").asString()).isEqualTo("HIGHER_COURT");
		assertThat(second.json().get("approverCourt").asString()).isEqualTo("220100");
		String rid = second.json().get("id").asString();
		assertThat(api.post(base + "/extension-requests/" + rid + "/approve", api.token("president-0104"), Map.of())
			.status()).isEqualTo(403);
		assertThat(api.post(base + "/extension-requests/" + rid + "/approve", api.token("president"), Map.of())
			.status()).isEqualTo(200);
		assertThat(api.get(base + "/clock", judge).json().get("extensions").size()).isEqualTo(2);
	}
}
