package org.smartcourt.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The organization API: validation, optimistic locking, data scope by court, and the audit trail it leaves. */
@IntegrationTest
class OrganizationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Courts courts;

	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void itAdminCreatesAndUpdatesDepartmentWithAuditAndOptimisticLocking() {
		String admin = api.token("it-admin");
		String name = unique("民事审判第三庭");
		TestApi.Response created = api.post("/api/v1/courts/220100/departments", admin,
				Map.of("name", name, "kind", "TRIAL"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo("/api/v1/departments/" + id);
		assertThat(created.json().get("version").asLong()).isZero();
		assertThat(auditOutcomes("organization.department.create", id)).containsExactly("SUCCESS");

		TestApi.Response updated = api.put("/api/v1/departments/" + id, admin,
				Map.of("name", name + "（调整）", "kind", "TRIAL", "version", 0));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("version").asLong()).isEqualTo(1);
		assertThat(auditOutcomes("organization.department.update", id)).containsExactly("SUCCESS");

		TestApi.Response stale = api.put("/api/v1/departments/" + id, admin,
				Map.of("name", name, "kind", "TRIAL", "version", 0));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("type").asString()).endsWith("/organization-stale");

		TestApi.Response duplicate = api.post("/api/v1/courts/220100/departments", admin,
				Map.of("name", name + "（调整）", "kind", "OTHER"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("type").asString()).endsWith("/department-name-taken");

		TestApi.Response deactivated = api.post("/api/v1/departments/" + id + "/deactivate", admin, Map.of());
		assertThat(deactivated.status()).isEqualTo(200);
		assertThat(deactivated.json().get("active").asBoolean()).isFalse();
		assertThat(api.put("/api/v1/departments/" + id, admin, Map.of("name", name, "kind", "TRIAL", "version", 2))
			.status()).isEqualTo(409);
	}

	@Test
	void invalidInputGetsProblemDetailsWithFieldErrors() {
		String admin = api.token("it-admin");
		TestApi.Response response = api.post("/api/v1/courts/220100/departments", admin, Map.of("name", " "));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		assertThat(response.json().get("type").asString()).endsWith("/validation-failed");
		assertThat(fields(response)).contains("name", "kind");
		assertThat(response.body()).contains("请输入庭室名称");

		TestApi.Response courtroom = api.post("/api/v1/courts/220100/courtrooms", admin,
				Map.of("name", unique("法庭"), "capacity", 0));
		assertThat(courtroom.status()).isEqualTo(400);
		assertThat(fields(courtroom)).containsExactly("capacity");

		TestApi.Response clerkWithCategories = api.post("/api/v1/courts/220100/staff", admin,
				Map.of("name", "测试书记员", "position", "CLERK", "caseCategories", List.of("0300")));
		assertThat(clerkWithCategories.status()).isEqualTo(400);
		assertThat(fields(clerkWithCategories)).containsExactly("caseCategories");

		TestApi.Response missingVersion = api.put("/api/v1/departments/" + departmentId("220100", "立案庭"), admin,
				Map.of("name", "立案庭", "kind", "FILING"));
		assertThat(missingVersion.status()).isEqualTo(400);
		assertThat(fields(missingVersion)).containsExactly("version");
	}

	@Test
	void judgeOfBasicCourtCannotReadIntermediateCourtStaff() {
		String judge = api.token("judge-0104");
		long deniedBefore = deniedCount("organization.staff.list", "220100");
		TestApi.Response response = api.get("/api/v1/courts/220100/staff", judge);
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("type").asString()).endsWith("/organization-out-of-scope");
		assertThat(deniedCount("organization.staff.list", "220100")).isEqualTo(deniedBefore + 1);
		assertThat(api.get("/api/v1/courts/220104/staff", judge).status()).isEqualTo(200);
	}

	@Test
	void higherCourtReadsSubordinateCourtButNotASiblingCourt() {
		String president = api.token("president");
		TestApi.Response staff = api.get("/api/v1/courts/220104/staff", president);
		assertThat(staff.status()).isEqualTo(200);
		assertThat(staff.body()).contains("沈法官", "PEOPLES_ASSESSOR");
		assertThat(api.get("/api/v1/courts/220202/departments", president).status()).isEqualTo(403);
	}

	@Test
	void litigantReadsTheCourtDirectoryButNotStaff() {
		String litigant = api.token("litigant");
		assertThat(api.get("/api/v1/courts/220100/staff", litigant).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/courts/220100/departments", litigant).status()).isEqualTo(403);
		TestApi.Response courts = api.get("/api/v1/courts", litigant);
		assertThat(courts.status()).isEqualTo(200);
		JsonNode jiutai = find(courts.json(), "220113");
		assertThat(jiutai.get("code").asString()).isEqualTo("吉0113");
		assertThat(jiutai.get("codeBasis").asString()).isEqualTo("INFERRED");
		assertThat(jiutai.get("codeConfirmed").asBoolean()).isFalse();
		assertThat(jiutai.get("note").asString()).contains("待核");
		assertThat(find(courts.json(), "220100").get("codeConfirmed").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/courts/220100", litigant).json().get("name").asString())
			.isEqualTo("吉林省长春市中级人民法院");
	}

	@Test
	void basicCourtAdminCannotManageTheCourtAbove() {
		String admin0104 = api.token("it-admin-0104");
		String name = unique("越权庭");
		long deniedBefore = deniedCount("organization.department.create", "220100");
		TestApi.Response response = api.post("/api/v1/courts/220100/departments", admin0104,
				Map.of("name", name, "kind", "TRIAL"));
		assertThat(response.status()).isEqualTo(403);
		assertThat(deniedCount("organization.department.create", "220100")).isEqualTo(deniedBefore + 1);
		assertThat(jdbc.sql("select count(*) from department where name = ?").param(name).query(Long.class).single())
			.isZero();
	}

	@Test
	void nonAdminStaffCannotManageTheirOwnCourt() {
		String judge = api.token("judge");
		assertThat(api.post("/api/v1/courts/220100/courtrooms", judge, Map.of("name", unique("法庭"), "capacity", 20))
			.status()).isEqualTo(403);
	}

	@Test
	void intermediateCourtAdminManagesSubordinateBasicCourt() {
		String admin = api.token("it-admin");
		TestApi.Response courtroom = api.post("/api/v1/courts/220104/courtrooms", admin,
				Map.of("name", unique("第九法庭"), "technology", true, "capacity", 45, "location", "审判楼三层"));
		assertThat(courtroom.status()).isEqualTo(201);
		assertThat(courtroom.json().get("technology").asBoolean()).isTrue();
		assertThat(courtroom.json().get("courtId").asString()).isEqualTo("220104");
		String id = courtroom.json().get("id").asString();
		assertThat(auditOutcomes("organization.courtroom.create", id)).containsExactly("SUCCESS");

		TestApi.Response staff = api.post("/api/v1/courts/220104/staff", admin,
				Map.of("name", unique("李法官"), "position", "JUDGE", "departmentId",
						departmentId("220104", "刑事审判庭"), "caseCategories", List.of("0200", "0300")));
		assertThat(staff.status()).isEqualTo(201);
		assertThat(staff.json().get("caseCategories").toString()).isEqualTo("[\"0200\",\"0300\"]");

		TestApi.Response wrongDepartment = api.post("/api/v1/courts/220104/staff", admin,
				Map.of("name", unique("赵书记"), "position", "CLERK", "departmentId", departmentId("220100", "立案庭")));
		assertThat(wrongDepartment.status()).isEqualTo(400);
		assertThat(fields(wrongDepartment)).containsExactly("departmentId");
	}

	@Test
	void tribunalsAreAddedBelowBasicCourtsOnly() {
		String admin0104 = api.token("it-admin-0104");
		String name = unique("测试人民法庭");
		TestApi.Response created = api.post("/api/v1/courts/220104/tribunals", admin0104,
				Map.of("name", name, "note", "演示"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("level").asString()).isEqualTo("TRIBUNAL");
		assertThat(created.json().get("parentId").asString()).isEqualTo("220104");
		assertThat(created.json().get("code").isNull()).isTrue();
		assertThat(created.json().get("codeBasis").asString()).isEqualTo("NONE");
		String id = created.json().get("id").asString();
		assertThat(id).startsWith("220104-T");
		assertThat(auditOutcomes("organization.tribunal.create", id)).containsExactly("SUCCESS");

		assertThat(api.post("/api/v1/courts/220104/tribunals", admin0104, Map.of("name", name)).status())
			.isEqualTo(409);
		String admin = api.token("it-admin");
		TestApi.Response belowIntermediate = api.post("/api/v1/courts/220100/tribunals", admin,
				Map.of("name", unique("法庭")));
		assertThat(belowIntermediate.status()).isEqualTo(422);
		assertThat(api.post("/api/v1/courts/220100/deactivate", admin, Map.of()).status()).isEqualTo(422);

		assertThat(api.get("/api/v1/courts/" + id + "/departments", api.token("judge-0104")).status())
			.isEqualTo(200);
		assertThat(api.post("/api/v1/courts/" + id + "/deactivate", admin, Map.of()).json().get("active").asBoolean())
			.isFalse();
	}

	@Test
	void theCourtListOtherModulesReadFollowsATribunalsCreationAndDeactivationAtOnce() {
		assertThat(courts.all()).isNotEmpty(); // the list is in memory now, as it is once the app has served a page
		String admin0104 = api.token("it-admin-0104");
		TestApi.Response created = api.post("/api/v1/courts/220104/tribunals", admin0104,
				Map.of("name", unique("缓存人民法庭")));
		org.smartcourt.shared.CourtId id = new org.smartcourt.shared.CourtId(created.json().get("id").asString());
		assertThat(courts.all()).extracting(Courts.CourtSummary::id).contains(id);
		assertThat(courts.find(id)).hasValueSatisfying(c -> assertThat(c.parent().value()).isEqualTo("220104"));
		assertThat(courts.isWithin(id, new org.smartcourt.shared.CourtId("220000"))).isTrue();
		assertThat(courts.isWithin(id, new org.smartcourt.shared.CourtId("220200"))).isFalse();

		api.post("/api/v1/courts/" + id.value() + "/deactivate", api.token("it-admin"), Map.of());
		assertThat(courts.all()).extracting(Courts.CourtSummary::id).doesNotContain(id);
		assertThat(courts.find(id)).isPresent(); // a closed tribunal's old cases still name it
	}

	@Test
	void demoStaffAreLinkedToDemoAccountsByUsername() {
		TestApi.Response staff = api.get("/api/v1/courts/220100/staff", api.token("judge"));
		assertThat(staff.status()).isEqualTo(200);
		JsonNode wang = null;
		for (JsonNode member : staff.json()) {
			if ("judge".equals(member.get("username").asString(null))) {
				wang = member;
			}
		}
		assertThat(wang).isNotNull();
		assertThat(wang.get("name").asString()).isEqualTo("王立新");
		assertThat(wang.get("position").asString()).isEqualTo("JUDGE");
		assertThat(wang.get("caseCategories").toString()).isEqualTo("[\"0300\"]");
	}

	@Test
	void unknownCourtsAndRecordsAreNotFoundAndTheApiIsDocumented() {
		String admin = api.token("it-admin");
		TestApi.Response unknown = api.get("/api/v1/courts/999999/departments", admin);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("type").asString()).endsWith("/court-not-found");
		assertThat(api.get("/api/v1/courts/not%20a%20court", admin).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/staff/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
		assertThat(api.get("/v3/api-docs", null).body()).contains("/api/v1/courts/{courtId}/departments",
				"/api/v1/courts/{basicCourtId}/tribunals", "/api/v1/staff/{id}");
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	private String departmentId(String court, String name) {
		return jdbc.sql("select id::text from department where court_id = ? and name = ? and active")
			.params(court, name)
			.query(String.class)
			.single();
	}

	private List<String> auditOutcomes(String action, String targetId) {
		return jdbc.sql("select outcome from audit_record where action = ? and target_id = ? order by id")
			.params(action, targetId)
			.query(String.class)
			.list();
	}

	private long deniedCount(String action, String court) {
		return jdbc.sql("select count(*) from audit_record where action = ? and target_id = ? and outcome = 'DENIED'")
			.params(action, court)
			.query(Long.class)
			.single();
	}

	private static List<String> fields(TestApi.Response response) {
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	private static JsonNode find(JsonNode courts, String id) {
		for (JsonNode court : courts) {
			if (id.equals(court.get("id").asString())) {
				return court;
			}
		}
		throw new AssertionError("no court " + id);
	}
}
