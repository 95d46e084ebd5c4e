package org.smartcourt.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.appraisal.internal.AppraisalRoster;
import org.smartcourt.appraisal.internal.AppraisalSelection;
import org.smartcourt.appraisal.internal.Institution;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who sees an entrustment: the institution's portal account only those sent to its institution (any other is 404, as
 * if it did not exist), the parties only their cases', staff only their court's; bad input is refused in Chinese with
 * field errors and changes nothing.
 */
@IntegrationTest
class AppraisalAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	AppraisalRoster roster;

	@Autowired
	AppraisalSelection selection;

	@Test
	void theInstitutionSeesOnlyItsOwnEntrustmentsAndOthersAreNotFound() {
		AppraisalFixtures f = new AppraisalFixtures(roster, accounts, jdbc);
		f.isolate("audio-visual");
		UUID demo = f.demoInstitutionInto("audio-visual");
		UUID own = entrust(f, "audio-visual");
		f.isolate("audio-visual");
		Institution stranger = f.qualified("测试声像资料鉴定所", "audio-visual", null);
		UUID foreign = entrust(f, "audio-visual");
		TestApi api = new TestApi(port);
		String institution = api.token("appraisal-institution");

		TestApi.Response mine = api.get("/api/v1/appraisal/entrustments/" + own, institution);
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.json().get("institution").asString()).isEqualTo("长春正衡司法鉴定中心");
		assertThat(mine.json().get("draws").size()).as("the draw's record is the court's").isZero();
		TestApi.Response other = api.get("/api/v1/appraisal/entrustments/" + foreign, institution);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.json().get("title").asString()).isEqualTo("未找到委托鉴定");
		assertThat(api.get("/api/v1/appraisal/entrustments/" + foreign + "/draws/" + UUID.randomUUID() + "/replay",
				institution).status()).isEqualTo(404);
		String list = api.get("/api/v1/appraisal/entrustments", institution).body();
		assertThat(list).contains(own.toString()).doesNotContain(foreign.toString());
		assertThat(api.post("/api/v1/appraisal/entrustments/" + foreign + "/acceptance", institution,
				Map.of("undertaking", true)).status()).isEqualTo(404);
		assertThat(stranger.id()).isNotEqualTo(demo);
	}

	@Test
	void partiesSeeTheirCasesAndStaffTheirCourtOnly() {
		AppraisalFixtures f = new AppraisalFixtures(roster, accounts, jdbc);
		f.isolate("trace");
		f.qualified("测试痕迹鉴定所", "trace", null);
		UUID id = entrust(f, "trace");
		TestApi api = new TestApi(port);
		String path = "/api/v1/appraisal/entrustments/" + id;

		assertThat(api.get(path, api.token("litigant")).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("appraisal")).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("judge")).status()).isEqualTo(200);
		assertThat(api.get(path, api.token("litigant-b")).status()).isEqualTo(404);
		assertThat(api.get(path, api.token("judge-0104")).status()).isEqualTo(404);
		assertThat(api.post("/api/v1/appraisal/entrustments/" + id + "/reselection", api.token("judge"), Map.of())
			.status()).as("only the appraisal office re-draws").isEqualTo(403);
	}

	@Test
	void badInputIsRefusedWithFieldErrorsAndChangesNothing() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHANGCHUN,
				Procedure.SIMPLIFIED, "litigant", "judge", "assistant", "clerk");
		TestApi api = new TestApi(port);
		long before = jdbc.sql("select count(*) from appraisal_entrustment").query(Long.class).single();

		TestApi.Response refused = api.post("/api/v1/appraisal/cases/" + c.id() + "/entrustments", api.token("judge"),
				Map.of("matter", " ", "scope", "全部", "purpose", "确定伤残等级", "field", "no-such-field", "materials",
						"病历"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("matter").contains("field").contains("materialsExaminedOn");
		assertThat(refused.header("Content-Type")).contains("application/problem+json");
		assertThat(jdbc.sql("select count(*) from appraisal_entrustment").query(Long.class).single()).isEqualTo(before);
		assertThat(api.post("/api/v1/appraisal/cases/" + c.id() + "/entrustments", api.token("litigant"),
				Map.of("matter", "x")).status()).isIn(403, 404);
		assertThat(api.post("/api/v1/appraisal/roster", api.token("judge"),
				Map.of("name", "x", "licence", "y", "licenceValidUntil", "2030-01-01", "fields", java.util.List.of("trace")))
			.status()).isEqualTo(403);
	}

	private UUID entrust(AppraisalFixtures f, String field) {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHANGCHUN,
				Procedure.SIMPLIFIED, "litigant", "judge", "assistant", "clerk");
		UUID id = selection.request(f.judge(), c.id(), new AppraisalSelection.Request("鉴定事项", "范围", "目的", field, false,
				"材料", AppraisalFixtures.today()));
		selection.scheduleDraw(f.office(), id, Instant.now());
		selection.draw(f.office(), id);
		return id;
	}
}
