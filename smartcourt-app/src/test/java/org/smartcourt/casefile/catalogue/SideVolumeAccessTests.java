package org.smartcourt.casefile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 副卷 is never reachable by a party, on any route: the list, downloads by id (guessed or from another case), the
 * volume export, the pages; each answers 404, as for something that does not exist. Staff outside the case team and
 * its supervisors are kept out the same way. The access log shows parties what the court read, 副卷 only as 内部材料.
 */
@IntegrationTest
class SideVolumeAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	TestApi api;
	CasefileClient casefile;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		casefile = new CasefileClient(api);
	}

	private RegisteredCase assignedCase() {
		return new CaseFixtures(registry, staffing, jdbc).chaoyangCaseWithLawyer();
	}

	@Test
	void noRouteGivesAPartyTheSideVolumeOrCourtOnlyMaterial() throws Exception {
		RegisteredCase c = assignedCase();
		String caseId = c.id().toString();
		String judge = api.token("judge-0104");
		Response report = casefile.uploadCourt(caseId, judge, "TRIAL_REPORT", "审理报告（合议庭意见）", true, "report.pdf",
				SampleFiles.pdf(2, "report"));
		assertThat(report.status()).as(report.body()).isEqualTo(201);
		assertThat(report.json().get("volume").asString()).isEqualTo("SIDE");
		Response courtOnly = casefile.uploadCourt(caseId, judge, "OTHER", "院内工作记录", false, "note.pdf",
				SampleFiles.pdf(1, "note"));
		assertThat(courtOnly.status()).as(courtOnly.body()).isEqualTo(201);
		Response evidence = casefile.submitEvidence(caseId, api.token("litigant"), "借条", "证明借贷关系", "iou.pdf",
				SampleFiles.pdf(1, "iou"));
		assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
		String sideId = report.json().get("id").asString();
		String courtOnlyId = courtOnly.json().get("id").asString();

		RegisteredCase other = assignedCase();
		Response otherEvidence = casefile.submitEvidence(other.id().toString(), api.token("litigant"), "收条", "证明",
				"r.pdf", SampleFiles.pdf(1, "other"));
		assertThat(otherEvidence.status()).isEqualTo(201);

		// the court sees both volumes
		Response asJudge = api.get("/api/v1/cases/" + caseId + "/materials", judge);
		assertThat(asJudge.json().get("volumes")).hasSize(2);
		assertThat(casefile.materials(caseId, judge)).extracting(m -> m.get("id").asString())
			.contains(sideId, courtOnlyId);
		var sidePdf = casefile.bytes("/api/v1/cases/" + caseId + "/casefile/side.pdf", judge);
		assertThat(sidePdf.statusCode()).as(new String(sidePdf.body(), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo(200);

		for (String party : List.of("litigant", "lawyer")) {
			String token = api.token(party);
			Response list = api.get("/api/v1/cases/" + caseId + "/materials", token);
			assertThat(list.status()).isEqualTo(200);
			assertThat(list.json().get("volumes")).as(party + " gets no 副卷 at all").hasSize(1);
			assertThat(list.body()).doesNotContain(sideId).doesNotContain(courtOnlyId).doesNotContain("审理报告")
				.doesNotContain("院内工作记录");
			for (String id : List.of(sideId, courtOnlyId, UUID.randomUUID().toString(),
					otherEvidence.json().get("id").asString())) {
				for (String inline : List.of("false", "true")) {
					assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/materials/" + id + "/content?inline="
							+ inline, token).statusCode()).as(party + " asks for " + id).isEqualTo(404);
				}
			}
			Response sideExport = api.get("/api/v1/cases/" + caseId + "/casefile/side.pdf", token);
			assertThat(sideExport.status()).isEqualTo(404);
			assertThat(sideExport.body()).doesNotContain("审理报告");
			assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/casefile/SIDE.pdf", token).statusCode())
				.isEqualTo(404);
			// the party's own 正卷 export holds nothing internal
			var main = casefile.bytes("/api/v1/cases/" + caseId + "/casefile/main.pdf", token);
			assertThat(main.statusCode()).isEqualTo(200);
			assertThat(ExportedVolume.read(main.body()).text()).contains("借条").doesNotContain("院内工作记录")
				.doesNotContain("审理报告");
		}
		assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/materials/" + sideId + "/content", api.token("litigant"))
			.statusCode()).isEqualTo(404);

		// the pages answer the same
		WebSession page = WebSession.signIn(port, "litigant");
		String casePage = page.get("/cases/" + caseId).body();
		assertThat(casePage).contains("id=\"casefile\"").contains("借条").doesNotContain("审理报告")
			.doesNotContain("院内工作记录").doesNotContain("casefile-side-table");
		assertThat(page.get("/cases/" + caseId + "/materials/" + sideId + "/content").statusCode()).isEqualTo(404);
		assertThat(page.get("/cases/" + caseId + "/casefile/side.pdf").statusCode()).isEqualTo(404);
		assertThat(page.get("/cases/" + caseId + "/casefile").body()).doesNotContain("审理报告");

		// staff of the court outside the team, and other courts, are kept out; supervisors read
		assertThat(api.get("/api/v1/cases/" + caseId + "/materials", api.token("filing-clerk-0104")).status())
			.isEqualTo(404);
		assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/materials/" + sideId + "/content",
				api.token("judge")).statusCode()).isEqualTo(404);
		assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/materials/" + sideId + "/content",
				api.token("division-head-0104")).statusCode()).isEqualTo(200);
	}

	@Test
	void thePartiesAccessLogNamesOpenMaterialAndHidesInternalMaterial() throws Exception {
		RegisteredCase c = assignedCase();
		String caseId = c.id().toString();
		String judge = api.token("judge-0104");
		Response report = casefile.uploadCourt(caseId, judge, "DELIBERATION", "合议庭评议笔录（秘密）", false, "d.pdf",
				SampleFiles.pdf(1, "deliberation"));
		Response evidence = casefile.submitEvidence(caseId, api.token("litigant"), "银行流水", "证明交付", "bank.pdf",
				SampleFiles.pdf(1, "bank"));
		assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/materials/" + report.json().get("id").asString()
				+ "/content?inline=true", judge).statusCode()).isEqualTo(200);
		assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/materials/" + evidence.json().get("id").asString()
				+ "/content", judge).statusCode()).isEqualTo(200);
		assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/casefile/side.pdf", judge).statusCode()).isEqualTo(200);

		String judgeName = staffing.byUsername("judge-0104").orElseThrow().name();
		for (String party : List.of("litigant", "lawyer")) {
			String log = WebSession.signIn(port, party).get("/cases/" + caseId).body();
			int start = log.indexOf("id=\"access-log-table\"");
			assertThat(start).as(party + " sees the access log").isPositive();
			String table = log.substring(start, log.indexOf("</table>", start));
			assertThat(table).contains(judgeName).contains("查阅卷宗材料：内部材料").contains("下载卷宗材料：银行流水")
				.contains("导出电子卷宗：内部材料");
			assertThat(table).doesNotContain("合议庭评议笔录").doesNotContain("秘密");
		}
		assertThat(jdbc.sql("""
				select count(*) from audit_record where target_type = 'case' and target_id = ?
				and action in ('casefile.material.view', 'casefile.material.download', 'casefile.export.download')""")
			.param(caseId)
			.query(Long.class)
			.single()).isEqualTo(3);
	}
}
