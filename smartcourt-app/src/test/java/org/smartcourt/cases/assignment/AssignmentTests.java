package org.smartcourt.cases.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.ResidentIdNumber;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntry;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 分案 on PostgreSQL through the API: automatic assignment after a filing is accepted, absence and recusal
 * exclusions, designated assignment and reassignment approved by someone else, panel rules, procedure changes, and
 * a litigant who never sees seeds or exclusions.
 */
@IntegrationTest
class AssignmentTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Cases cases;

	@Autowired
	Docket docket;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@AfterEach
	void automaticAssignmentBackToTheTestDefault() {
		jdbc.sql("delete from assignment_court_setting").update();
	}

	private static String idNumber() {
		String first17 = "22010219" + (70 + ThreadLocalRandom.current().nextInt(25)) + "0315"
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	/** A 民初 case at 长春中院 filed by the demo litigant, with parties nobody else has. */
	private RegisteredCase register(CaseParty plaintiff, Procedure procedure) {
		return registry.register(new RegisterCase(CaseFixtures.CHANGCHUN, "0301", null, procedure, "9.20.1",
				UUID.randomUUID(), plaintiff.name() + "诉某公司合同纠纷",
				List.of(plaintiff, CaseParty.party(2, PartySide.DEFENDANT, "LEGAL_PERSON",
						"某公司" + UUID.randomUUID().toString().substring(0, 6), null)),
				"litigant"));
	}

	private static CaseParty someone() {
		return CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "当事人" + UUID.randomUUID().toString().substring(0, 6),
				idNumber());
	}

	private UUID staffId(String username) {
		return staffing.byUsername(username).orElseThrow().id();
	}

	private TestApi.Response assignAtRandom(CaseId id, String who) {
		return api.post("/api/v1/cases/" + id + "/assignment", api.token(who), Map.of());
	}

	private CaseOverview overview(CaseId id) {
		return cases.find(id).orElseThrow();
	}

	@Test
	void aFilingAcceptedThroughTheFilingFlowGetsAJudgeAtOnce() {
		jdbc.sql("insert into assignment_court_setting (court_id, automatic, updated_at) values ('220104', true, now())")
			.update();
		String litigant = api.token("litigant");
		Map<String, Object> body = new HashMap<>();
		body.put("targetCourt", "220104");
		body.put("receivingCourt", null);
		body.put("kind", "CIVIL");
		body.put("procedure", "SIMPLE");
		body.put("causeCode", "4.10.103.3");
		body.put("parties", List.of(party("PLAINTIFF", "李明", idNumber()), party("DEFENDANT", "钱七", idNumber())));
		body.put("claims", List.of(Map.of("text", "判令被告偿还借款本金50000元", "amountFen", 5_000_000L)));
		body.put("factsAndReasons", "被告向原告借款50000元，到期未还。");
		body.put("evidence", List.of(Map.of("name", "借条", "source", "原告持有", "purpose", "证明借贷关系")));
		body.put("attachments", List.of());
		TestApi.Response created = api.post("/api/v1/filings", litigant, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String filing = created.json().get("id").asString();
		assertThat(api.upload("/api/v1/filings/" + filing + "/attachments", litigant, "file", "身份证.pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(), Map.of("kind", "IDENTITY")).status())
			.isEqualTo(200);
		assertThat(api.post("/api/v1/filings/" + filing + "/submit", litigant, Map.of()).status()).isEqualTo(200);
		TestApi.Response accepted = api.post("/api/v1/filings/" + filing + "/decision", api.token("filing-clerk-0104"),
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		CaseId id = new CaseId(UUID.fromString(accepted.json().get("decision").get("caseId").asString()));

		CaseOverview overview = overview(id);
		assertThat(overview.stage()).isEqualTo(CaseStage.ASSIGNED);
		assertThat(overview.departmentId()).isNotNull();
		TeamMember judge = overview.responsibleJudge().orElseThrow();
		assertThat(staffing.staff(judge.staffId()).orElseThrow().court().value()).isEqualTo("220104");
		assertThat(overview.inRole(TeamRole.ASSISTANT)).hasSize(1);
		assertThat(overview.inRole(TeamRole.CLERK)).hasSize(1);
		assertThat(docket.entries(id)).extracting(DocketEntry::type)
			.containsExactly(DocketEntryType.REGISTERED, DocketEntryType.ASSIGNED);
		assertThat(docket.entries(id).get(1).summary()).isEqualTo("随机分案，承办法官：" + judge.name());

		JsonNode history = api.get("/api/v1/cases/" + id + "/assignments", api.token("division-head-0104")).json();
		assertThat(history).hasSize(1);
		JsonNode draw = history.get(0);
		assertThat(draw.get("kind").asString()).isEqualTo("RANDOM");
		assertThat(draw.get("seed").asString()).isNotBlank();
		assertThat(draw.get("algorithmVersion").asString()).contains("v1");
		assertThat(draw.get("supervisionFlag").asBoolean()).isFalse();
		JsonNode replay = api.get("/api/v1/cases/" + id + "/assignments/" + draw.get("id").asString() + "/replay",
				api.token("president-0104")).json();
		assertThat(replay.get("matches").asBoolean()).isTrue();
		assertThat(replay.get("replayed").get(0).get("name").asString()).isEqualTo(judge.name());
	}

	private static Map<String, Object> party(String role, String name, String idNumber) {
		Map<String, Object> party = new HashMap<>();
		party.put("role", role);
		party.put("type", "NATURAL_PERSON");
		party.put("name", name);
		party.put("idNumber", idNumber);
		party.put("address", "吉林省长春市朝阳区西安大路100号");
		party.put("phone", "13900000001");
		party.put("agents", List.of());
		return party;
	}

	@Test
	void withoutCandidatesTheCaseWaitsInTheQueueWithTheReasonAndTheRegistrationStands() {
		jdbc.sql("insert into assignment_court_setting (court_id, automatic, updated_at) values ('220100', true, now())")
			.update();
		// 民终 at 长春中院 may go to either civil division: the assigner must choose
		RegisteredCase appeal = registry.register(new RegisterCase(CaseFixtures.CHANGCHUN, "0302", null,
				Procedure.SECOND_INSTANCE, "9.20.1", UUID.randomUUID(), "上诉人某某民间借贷纠纷",
				List.of(someone()), "litigant"));
		assertThat(overview(appeal.id()).stage()).isEqualTo(CaseStage.REGISTERED);
		assertThat(jdbc.sql("select reason from assignment_pending where case_id = ?")
			.param(appeal.id().value())
			.query(String.class)
			.single()).contains("民事审判第一庭").contains("民事审判第二庭");
		String queue = WebSession.signIn(port, "filing-clerk").get("/cases/assignment").body();
		assertThat(queue).contains(appeal.caseNumber().format()).contains("自动分案未完成").contains("民事审判第二庭");
		String civil1 = staffing.departmentsAt(CaseFixtures.CHANGCHUN)
			.stream()
			.filter(d -> d.name().equals("民事审判第一庭"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		TestApi.Response assigned = api.post("/api/v1/cases/" + appeal.id() + "/assignment", api.token("filing-clerk"),
				Map.of("departmentId", civil1));
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from assignment_pending where case_id = ?")
			.param(appeal.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void absentJudgesAndJudgesWhoMustRecuseAreLeftOutWithTheirReasons() {
		CaseParty plaintiff = someone();
		// 张慧敏 tried an earlier, closed case of the same plaintiff: she must recuse; open cases of the same
		// plaintiff (the ones drawn below) are parallel suits and recuse nobody
		RegisteredCase earlier = register(plaintiff, Procedure.SIMPLIFIED);
		new CaseFixtures(registry, staffing, jdbc).addTeamMember(earlier, staffing.byUsername("judge-c").orElseThrow(),
				TeamRole.RESPONSIBLE_JUDGE);
		jdbc.sql("update court_case set stage = 'CLOSED' where id = ?").param(earlier.id().value()).update();
		// 李文博 is on leave today
		TestApi.Response absence = api.post("/api/v1/judge-absences", api.token("division-head"),
				Map.of("staffId", staffId("judge-b").toString(), "from", TODAY.toString(), "to", TODAY.toString(),
						"reason", "年休假"));
		assertThat(absence.status()).as(absence.body()).isEqualTo(201);
		assertThat(api.post("/api/v1/judge-absences", api.token("judge"), Map.of("staffId", staffId("judge-b").toString(),
				"from", TODAY.toString(), "to", TODAY.toString(), "reason", "年休假")).status())
			.as("only division heads and presidents record absences").isEqualTo(403);
		try {
			List<String> drawn = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				RegisteredCase registered = register(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON",
						plaintiff.name(), plaintiff.idNumber()), Procedure.SIMPLIFIED);
				TestApi.Response response = assignAtRandom(registered.id(), "division-head");
				assertThat(response.status()).as(response.body()).isEqualTo(201);
				JsonNode draw = response.json();
				assertThat(draw.get("candidates").findValuesAsString("name")).doesNotContain("李文博", "张慧敏")
					.contains("王立新");
				Map<String, String> reasons = new HashMap<>();
				draw.get("exclusions").forEach(e -> reasons.put(e.get("name").asString(), e.get("reason").asString()));
				assertThat(reasons.get("李文博")).startsWith("不在岗：年休假");
				assertThat(reasons.get("张慧敏")).contains("应回避").contains(earlier.caseNumber().format());
				drawn.add(draw.get("chosen").get(0).get("name").asString());
			}
			assertThat(drawn).doesNotContain("李文博", "张慧敏");
		}
		finally {
			assertThat(api.delete("/api/v1/judge-absences/" + absence.json().get("id").asString(),
					api.token("division-head")).status()).isEqualTo(204);
		}
	}

	@Test
	void moreConcurrentRegistrationsThanPooledConnectionsAreAllAssigned() throws Exception {
		// 40 registrations at once against a pool of 20: the draw must not need a second connection per registration
		jdbc.sql("insert into assignment_court_setting (court_id, automatic, updated_at) values ('220100', true, now())")
			.update();
		ExecutorService pool = Executors.newFixedThreadPool(40);
		try {
			List<Future<RegisteredCase>> registrations = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				registrations.add(pool.submit(() -> register(someone(), Procedure.SIMPLIFIED)));
			}
			for (Future<RegisteredCase> registration : registrations) {
				RegisteredCase registered = registration.get(120, TimeUnit.SECONDS);
				assertThat(overview(registered.id()).stage()).as(registered.caseNumber().format())
					.isEqualTo(CaseStage.ASSIGNED);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aPersonsNameAloneIsNotTheSameParty() {
		// an earlier closed case of a 张伟 without an ID number, tried by 张慧敏; a new case of another 张伟 without one
		String name = "张伟" + UUID.randomUUID().toString().substring(0, 4);
		RegisteredCase earlier = register(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", name, null),
				Procedure.SIMPLIFIED);
		new CaseFixtures(registry, staffing, jdbc).addTeamMember(earlier, staffing.byUsername("judge-c").orElseThrow(),
				TeamRole.RESPONSIBLE_JUDGE);
		jdbc.sql("update court_case set stage = 'CLOSED' where id = ?").param(earlier.id().value()).update();

		RegisteredCase later = register(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", name, null),
				Procedure.SIMPLIFIED);
		TestApi.Response response = assignAtRandom(later.id(), "division-head");

		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("exclusions").findValuesAsString("reason")).noneMatch(r -> r.contains("应回避"));
	}

	@Test
	void designatedAssignmentAndReassignmentNeedAnotherPersonsApprovalAndAreFlagged() {
		RegisteredCase registered = register(someone(), Procedure.SIMPLIFIED);
		String path = "/api/v1/cases/" + registered.id() + "/designation-requests";
		assertThat(api.post(path, api.token("filing-clerk"), Map.of("judgeStaffId", staffId("judge-c").toString()))
			.status()).as("a reason is required").isEqualTo(400);
		TestApi.Response requested = api.post(path, api.token("filing-clerk"),
				Map.of("judgeStaffId", staffId("judge-c").toString(), "reason", "与本庭在审系列案件合并审理"));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		assertThat(requested.json().get("kind").asString()).isEqualTo("DESIGNATE");
		String request = requested.json().get("id").asString();
		assertThat(api.post(path + "/" + request + "/approve", api.token("filing-clerk"), Map.of()).status())
			.as("a filing clerk cannot approve").isEqualTo(403);
		assertThat(overview(registered.id()).stage()).isEqualTo(CaseStage.REGISTERED);
		TestApi.Response approved = api.post(path + "/" + request + "/approve", api.token("division-head"), Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("kind").asString()).isEqualTo("DESIGNATED");
		assertThat(approved.json().get("supervisionFlag").asBoolean()).isTrue();
		assertThat(approved.json().get("approvedBy").asString()).isEqualTo("division-head");
		CaseOverview assigned = overview(registered.id());
		assertThat(assigned.stage()).isEqualTo(CaseStage.ASSIGNED);
		assertThat(assigned.responsibleJudge().orElseThrow().name()).isEqualTo("张慧敏");
		assertThat(assigned.inRole(TeamRole.CLERK)).extracting(TeamMember::name).containsExactly("孔书记");
		assertThat(api.post(path + "/" + request + "/approve", api.token("president"), Map.of()).status())
			.as("decided once").isEqualTo(409);

		// 变更承办法官: the division head asks, and may not approve their own request; the president may
		TestApi.Response reassign = api.post(path, api.token("division-head"),
				Map.of("judgeStaffId", staffId("judge-b").toString(), "reason", "原承办法官借调至上级法院"));
		assertThat(reassign.json().get("kind").asString()).isEqualTo("REASSIGN");
		String second = reassign.json().get("id").asString();
		TestApi.Response own = api.post(path + "/" + second + "/approve", api.token("division-head"), Map.of());
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.json().get("type").asString()).endsWith("/designation-own-request");
		assertThat(api.post(path + "/" + second + "/approve", api.token("president"), Map.of()).status()).isEqualTo(200);
		CaseOverview reassigned = overview(registered.id());
		assertThat(reassigned.responsibleJudge().orElseThrow().name()).isEqualTo("李文博");
		assertThat(reassigned.team()).extracting(TeamMember::name).doesNotContain("张慧敏", "孔书记").contains("吕书记");
		assertThat(jdbc.sql("select count(*) from case_team_member where case_id = ? and name = '张慧敏' and until is not null")
			.param(registered.id().value())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(docket.entries(registered.id())).filteredOn(e -> e.type() == DocketEntryType.REASSIGNED)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).isEqualTo("变更承办法官：由张慧敏变更为李文博"));
		assertThat(jdbc.sql("select count(*) from case_assignment where case_id = ? and supervision_flag")
			.param(registered.id().value())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'case.reassignment.approve' and target_id = ?")
			.param(registered.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void panelsFollowTheProcedureAndAssessorsAreDrawnReplayably() {
		RegisteredCase ordinary = register(someone(), Procedure.ORDINARY);
		assertThat(assignAtRandom(ordinary.id(), "division-head").status()).isEqualTo(201);
		String panel = "/api/v1/cases/" + ordinary.id() + "/panel";
		TestApi.Response sole = api.post(panel, api.token("division-head"), Map.of("form", "SOLE"));
		assertThat(sole.status()).isEqualTo(409);
		assertThat(sole.json().get("detail").asString()).contains("合议庭");
		assertThat(api.post(panel, api.token("division-head"), Map.of("form", "COLLEGIAL", "assessors", 1)).status())
			.as("two people are not a panel").isEqualTo(400);
		TestApi.Response formed = api.post(panel, api.token("division-head"), Map.of("form", "COLLEGIAL", "assessors", 2));
		assertThat(formed.status()).as(formed.body()).isEqualTo(200);
		CaseOverview withPanel = overview(ordinary.id());
		assertThat(withPanel.inRole(TeamRole.PRESIDING_JUDGE)).extracting(TeamMember::staffId)
			.containsExactly(withPanel.responsibleJudge().orElseThrow().staffId());
		assertThat(withPanel.inRole(TeamRole.PEOPLES_ASSESSOR)).hasSize(2)
			.allSatisfy(a -> assertThat(staffing.staff(a.staffId()).orElseThrow().court().value()).isEqualTo("220100"));
		assertThat(docket.entries(ordinary.id())).filteredOn(e -> e.type() == DocketEntryType.PANEL_FORMED)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).startsWith("组成合议庭：审判长").contains("人民陪审员"));
		JsonNode history = api.get("/api/v1/cases/" + ordinary.id() + "/assignments", api.token("president")).json();
		JsonNode assessorDraw = null;
		for (JsonNode a : history) {
			if ("ASSESSORS".equals(a.get("purpose").asString())) {
				assessorDraw = a;
			}
		}
		assertThat(assessorDraw).isNotNull();
		JsonNode replay = api.get("/api/v1/cases/" + ordinary.id() + "/assignments/" + assessorDraw.get("id").asString()
				+ "/replay", api.token("president")).json();
		assertThat(replay.get("matches").asBoolean()).isTrue();
		assertThat(replay.get("replayed").findValuesAsString("name"))
			.containsExactlyInAnyOrderElementsOf(withPanel.inRole(TeamRole.PEOPLES_ASSESSOR).stream().map(TeamMember::name).toList());

		RegisteredCase simple = register(someone(), Procedure.SIMPLIFIED);
		assertThat(assignAtRandom(simple.id(), "filing-clerk").status()).isEqualTo(201);
		TestApi.Response collegial = api.post("/api/v1/cases/" + simple.id() + "/panel", api.token("division-head"),
				Map.of("form", "COLLEGIAL", "assessors", 2));
		assertThat(collegial.status()).isEqualTo(409);
		assertThat(collegial.json().get("type").asString()).endsWith("/panel-form-conflict");
		assertThat(api.post("/api/v1/cases/" + simple.id() + "/panel", api.token("division-head"), Map.of("form", "SOLE"))
			.status()).isEqualTo(200);
		assertThat(docket.entries(simple.id())).filteredOn(e -> e.type() == DocketEntryType.PANEL_FORMED)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).endsWith("独任审理"));
	}

	@Test
	void theResponsibleJudgeChangesTheProcedureWithinTheLaw() {
		RegisteredCase simple = register(someone(), Procedure.SIMPLIFIED);
		TestApi.Response assigned = assignAtRandom(simple.id(), "division-head");
		String judge = staffing.staff(UUID.fromString(assigned.json().get("chosen").get(0).get("staffId").asString()))
			.orElseThrow()
			.username();
		String path = "/api/v1/cases/" + simple.id() + "/procedure-change";
		String other = judge.equals("judge") ? "judge-b" : "judge";
		assertThat(api.post(path, api.token(other), Map.of("to", "ORDINARY", "reason", "案情复杂")).status())
			.as("only the responsible judge").isEqualTo(403);
		assertThat(api.post(path, api.token(judge), Map.of("to", "ORDINARY")).status()).isEqualTo(400);
		TestApi.Response changed = api.post(path, api.token(judge), Map.of("to", "ORDINARY", "reason", "案情复杂，需组成合议庭"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(overview(simple.id()).procedure()).isEqualTo(Procedure.ORDINARY);
		DocketEntry entry = docket.entries(simple.id())
			.stream()
			.filter(e -> e.type() == DocketEntryType.PROCEDURE_CHANGED)
			.findFirst()
			.orElseThrow();
		assertThat(entry.details()).containsEntry("from", "SIMPLIFIED").containsEntry("to", "ORDINARY");
		assertThat(entry.summary()).contains("第一百七十条").contains("自立案之日");
		String page = WebSession.signIn(port, judge).get("/cases/" + simple.id()).body();
		assertThat(page).contains("尚需组成合议庭");

		// 普转简 at an intermediate court is refused, whatever the parties agree (民诉法 art. 160)
		TestApi.Response back = api.post(path, api.token(judge),
				Map.of("to", "SIMPLIFIED", "reason", "双方同意", "partiesAgreed", true));
		assertThat(back.status()).isEqualTo(409);
		assertThat(back.json().get("detail").asString()).contains("基层人民法院");
		// small claims cannot become something unlawful, e.g. 二审
		assertThat(api.post(path, api.token(judge), Map.of("to", "SECOND_INSTANCE", "reason", "误操作")).status())
			.isEqualTo(409);
	}

	@Test
	void ordinaryToSimplifiedNeedsThePartiesAgreementBeforeAnyHearing() {
		CaseFixtures fixtures = new CaseFixtures(registry, staffing, jdbc);
		RegisteredCase ordinary = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.ORDINARY, "litigant",
				"judge-0104", "assistant-0104", "clerk-0104");
		String path = "/api/v1/cases/" + ordinary.id() + "/procedure-change";
		String judge = api.token("judge-0104");
		TestApi.Response refused = api.post(path, judge, Map.of("to", "SIMPLIFIED", "reason", "事实清楚"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("当事人双方约定");
		TestApi.Response agreed = api.post(path, judge,
				Map.of("to", "SIMPLIFIED", "reason", "当事人双方书面约定适用简易程序", "partiesAgreed", true));
		assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
		assertThat(agreed.json().get("from").asString()).isEqualTo("ORDINARY");
		assertThat(agreed.json().get("to").asString()).isEqualTo("SIMPLIFIED");
	}

	@Test
	void divisionHeadsKeepTheJudgesStandingTeams() {
		String path = "/api/v1/judge-teams/" + staffId("judge-c");
		Map<String, String> swapped = Map.of("assistantStaffId", staffId("assistant-b").toString(), "clerkStaffId",
				staffId("clerk-b").toString());
		assertThat(api.put(path, api.token("judge"), swapped).status()).isEqualTo(403);
		assertThat(api.put("/api/v1/judge-teams/" + staffId("judge-c-0104"), api.token("division-head"), swapped)
			.status()).as("another court's judge").isEqualTo(400);
		try {
			TestApi.Response set = api.put(path, api.token("division-head"), swapped);
			assertThat(set.status()).as(set.body()).isEqualTo(200);
			assertThat(set.json().get("clerkName").asString()).isEqualTo("吕书记");
			assertThat(api.get("/api/v1/judge-teams", api.token("judge")).body()).contains("吕书记");
			String page = WebSession.signIn(port, "division-head").get("/cases/assignment").body();
			assertThat(page).contains("审判团队").contains("法官不在岗登记");
		}
		finally {
			assertThat(api.put(path, api.token("division-head"), Map.of("assistantStaffId",
					staffId("assistant-c").toString(), "clerkStaffId", staffId("clerk-c").toString())).status())
				.isEqualTo(200);
		}
	}

	@Test
	void aLitigantNeverSeesSeedsOrExclusions() {
		RegisteredCase registered = register(someone(), Procedure.SIMPLIFIED);
		JsonNode draw = assignAtRandom(registered.id(), "division-head").json();
		String litigant = api.token("litigant");
		assertThat(api.get("/api/v1/cases/" + registered.id() + "/assignments", litigant).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/cases/" + registered.id() + "/assignments/" + draw.get("id").asString() + "/replay",
				litigant).status()).isEqualTo(404);
		String detail = api.get("/api/v1/cases/" + registered.id(), litigant).body();
		String docketBody = api.get("/api/v1/cases/" + registered.id() + "/docket", litigant).body();
		String page = WebSession.signIn(port, "litigant").get("/cases/" + registered.id()).body();
		String seed = draw.get("seed").asString();
		for (String body : List.of(detail, docketBody, page)) {
			assertThat(body).doesNotContain(seed).doesNotContain("weight").doesNotContain("应回避").doesNotContain("复核抽签");
		}
		assertThat(page).contains("审判组织").contains(draw.get("chosen").get(0).get("name").asString());
		assertThat(api.post("/api/v1/cases/" + registered.id() + "/designation-requests", litigant,
				Map.of("judgeStaffId", staffId("judge").toString(), "reason", "我想换法官")).status()).isEqualTo(404);
	}
}
