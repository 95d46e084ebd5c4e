package org.smartcourt.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 院庭长监督 of a case over the API on real PostgreSQL: flags and acts within the 权力清单, each on the docket, in the
 * audit trail and told to the judge; the judge's answer; rules that flag by themselves; who may do what; and no
 * route by which a supervisor changes a case.
 */
@IntegrationTest
class OversightApiTests {

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

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	TestApi api;
	CaseFixtures fixtures;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		fixtures = new CaseFixtures(registry, staffing, jdbc);
	}

	private RegisteredCase assignedCase() {
		RegisteredCase c = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant",
				"judge-0104", null, null);
		fixtures.markForStatistics(c);
		return c;
	}

	private String base(RegisteredCase c) {
		return "/api/v1/supervision/cases/" + c.id();
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	@Test
	void aPresidentFlagsAndAsksForAReportAndTheJudgeAnswers() {
		RegisteredCase c = assignedCase();
		String president = api.token("president-0104");
		String judge = api.token("judge-0104");

		Response flagged = api.post(base(c) + "/flags", president,
				Map.of("kind", "MAJOR_COMPLEX", "reason", "涉及众多购房户，社会关注度高"));
		assertThat(flagged.status()).as(flagged.body()).isEqualTo(201);
		String flagId = flagged.json().get("id").asString();
		Response again = api.post(base(c) + "/flags", president, Map.of("kind", "MAJOR_COMPLEX", "reason", "再次"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("重大、疑难、复杂、敏感");

		String due = LocalDate.now(COURT_ZONE).plusDays(5).toString();
		Response act = api.post(base(c) + "/acts", president,
				Map.of("kind", "PROGRESS_REPORT", "note", "请报告审理进展及下一步安排", "answerDueOn", due));
		assertThat(act.status()).as(act.body()).isEqualTo(201);
		String actId = act.json().get("id").asString();

		assertThat(count("select count(*) from docket_entry where case_id = ? and type = 'INTERNAL_NOTE' "
				+ "and summary like '院庭长监督：%'", c.id().value())).isEqualTo(2);
		assertThat(count("select count(*) from audit_record where target_id = ? and action in "
				+ "('supervision.flag', 'supervision.act')", c.id().toString())).isEqualTo(2);
		assertThat(count("select count(*) from notification_message where delivery_key in (?, ?)",
				"supervision:flag:" + flagId, "supervision:act:" + actId)).isEqualTo(2);

		assertThat(api.post("/api/v1/supervision/acts/" + actId + "/answer", api.token("judge-b-0104"),
				Map.of("answer", "不是我的案件")).status()).isEqualTo(403);
		Response answered = api.post("/api/v1/supervision/acts/" + actId + "/answer", judge,
				Map.of("answer", "已完成证据交换，拟于下周开庭"));
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(answered.json().get("answeredBy").asString()).isEqualTo("judge-0104");
		assertThat(api.post("/api/v1/supervision/acts/" + actId + "/answer", judge, Map.of("answer", "再答"))
			.status()).isEqualTo(409);
		assertThat(count("select count(*) from notification_message where delivery_key = ?",
				"supervision.answered:" + actId)).isEqualTo(1);

		Response seen = api.get(base(c) + "/oversight", judge);
		assertThat(seen.json().get("mayAnswer").asBoolean()).isTrue();
		assertThat(seen.json().get("maySupervise").asBoolean()).isFalse();
		assertThat(seen.json().get("flags")).hasSize(1);

		assertThat(api.post("/api/v1/supervision/flags/" + flagId + "/clear", judge, Map.of("reason", "x")).status())
			.isEqualTo(403);
		assertThat(api.post("/api/v1/supervision/flags/" + flagId + "/clear", president,
				Map.of("reason", "经审委会讨论，风险已化解")).status()).isEqualTo(204);
	}

	@Test
	void badInputIsAFieldProblemAndChangesNothing() {
		RegisteredCase c = assignedCase();
		String president = api.token("president-0104");
		Response blank = api.post(base(c) + "/flags", president, Map.of("kind", "MAJOR_COMPLEX", "reason", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("reason").contains("请写明理由");
		Response past = api.post(base(c) + "/acts", president,
				Map.of("kind", "URGE", "note", "请加快", "answerDueOn", "2020-01-01"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains("answerDueOn");
		assertThat(count("select count(*) from supervision_flag where case_id = ?", c.id().value())).isZero();
		assertThat(count("select count(*) from supervision_act where case_id = ?", c.id().value())).isZero();
	}

	@Test
	void onlyTheCasesSupervisorsAndItsJudgeMayFlag() {
		RegisteredCase c = assignedCase();
		Map<String, String> body = Map.of("kind", "SIMILAR_CASE_CONFLICT", "reason", "与本院（2025）吉0104民初9号判决可能冲突");
		assertThat(api.post(base(c) + "/flags", api.token("litigant"), body).status()).isEqualTo(403);
		assertThat(api.post(base(c) + "/flags", api.token("president"), body).status()).isEqualTo(201);
		assertThat(api.post(base(c) + "/acts", api.token("judge-0104"), Map.of("kind", "URGE", "note", "催"))
			.status()).isEqualTo(403);
		assertThat(api.post(base(c) + "/flags", api.token("judge-0104"),
				Map.of("kind", "MISCONDUCT_REPORT", "reason", "当事人来信反映")).status()).isEqualTo(201);
	}

	@Test
	void rulesFlagExtendedAndLongPendingCasesOnce() {
		RegisteredCase c = assignedCase();
		catchUp.run();
		jdbc.sql("update case_clock set extensions = 1 where case_id = ?").param(c.id().value()).update();
		jdbc.sql("update court_case set registered_on = registered_on - interval '13 months' where id = ?")
			.param(c.id().value())
			.update();
		fixtures.markForStatistics(c);
		catchUp.run();
		assertThat(jdbc.sql("select kind from supervision_flag where case_id = ? and automatic order by kind")
			.param(c.id().value())
			.query(String.class)
			.list()).containsExactly("EXTENDED", "LONG_PENDING");
		fixtures.markForStatistics(c);
		catchUp.run();
		assertThat(count("select count(*) from supervision_flag where case_id = ?", c.id().value())).isEqualTo(2);

		Response list = api.get("/api/v1/supervision/watch?list=long-pending", api.token("president-0104"));
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(c.caseNumber().format());
		Response flagged = api.get("/api/v1/supervision/watch?list=flagged", api.token("division-head-0104"));
		assertThat(flagged.body()).contains(c.caseNumber().format()).contains("延长审限");
	}

	@Test
	void noSupervisionRouteChangesACase() {
		Set<String> writes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (method.getBeanType().getPackageName().startsWith("org.smartcourt.supervision")) {
				Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
				if (!verbs.contains(RequestMethod.GET)) {
					writes.addAll(info.getPatternValues());
				}
			}
		});
		assertThat(writes).containsExactlyInAnyOrder("/api/v1/supervision/cases/{caseId}/flags",
				"/api/v1/supervision/flags/{flagId}/clear", "/api/v1/supervision/cases/{caseId}/acts",
				"/api/v1/supervision/acts/{actId}/answer", "/supervision/oversight/{caseId}/flags",
				"/supervision/oversight/{caseId}/flags/{flagId}/clear", "/supervision/oversight/{caseId}/acts",
				"/supervision/oversight/{caseId}/acts/{actId}/answer");

		RegisteredCase c = assignedCase();
		Response closing = api.post("/api/v1/cases/" + c.id() + "/closing", api.token("president-0104"),
				Map.of("method", "JUDGMENT"));
		assertThat(closing.status()).isIn(403, 404);
		assertThat(count("select count(*) from case_closing where case_id = ?", c.id().value())).isZero();
		assertThat(UUID.fromString(c.id().value().toString())).isNotNull();
	}
}
