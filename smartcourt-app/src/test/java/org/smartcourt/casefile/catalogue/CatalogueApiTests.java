package org.smartcourt.casefile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.casefile.catalogue.CasefileClient.eventually;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.filing.FilingFixtures;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The catalogue fills itself as the case goes (filing attachments at 立案, documents, 送达, party evidence with its
 * ledger index), in binding order; bad submissions are refused in Chinese and change nothing.
 */
@IntegrationTest
class CatalogueApiTests {

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

	private static String today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
	}

	@Test
	void registrationCarriesTheFilingsAttachmentsOverInBindingOrder() throws Exception {
		String litigant = api.token("litigant");
		Response created = api.post("/api/v1/filings", litigant, FilingFixtures.loanSuit("220104", null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String filingId = created.json().get("id").asString();
		attach(litigant, filingId, "EVIDENCE", "借条.pdf", SampleFiles.pdf(1, "iou"));
		attach(litigant, filingId, "IDENTITY", "身份证.pdf", SampleFiles.pdf(1, "id"));
		attach(litigant, filingId, "COMPLAINT", "民事起诉状.pdf", SampleFiles.pdf(2, "complaint"));
		Response submitted = api.post("/api/v1/filings/" + filingId + "/submit", litigant, Map.of());
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
		Response accepted = api.post("/api/v1/filings/" + filingId + "/decision", api.token("filing-clerk-0104"),
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		String caseId = accepted.json().get("decision").get("caseId").asString();

		List<JsonNode> materials = eventually(() -> {
			List<JsonNode> m = casefile.materials(caseId, litigant);
			return m.size() == 4 ? m : null;
		});
		assertThat(materials).extracting(m -> m.get("title").asString())
			.containsExactly("案件受理登记", "民事起诉状", "身份证", "借条");
		assertThat(materials).extracting(m -> m.get("category").asString())
			.containsExactly("FILING_RECORD", "COMPLAINT", "IDENTITY", "EVIDENCE");
		assertThat(materials).extracting(m -> m.get("seq").asInt()).containsExactly(1, 2, 3, 4);
		assertThat(materials.get(1).get("pageCount").asInt()).isEqualTo(2);
		assertThat(materials.get(3).get("source").asString()).isEqualTo("FILING");
		assertThat(materials.get(0).get("contentUrl").isNull()).as("the registration record has no file").isTrue();
	}

	private void attach(String token, String filingId, String kind, String name, byte[] content) {
		Response uploaded = api.upload("/api/v1/filings/" + filingId + "/attachments", token, "file", name, content,
				Map.of("kind", kind));
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
	}

	@Test
	void documentsAreFiledByKindAndReachPartiesOnlyOnceServedWithAServiceReceipt() throws Exception {
		RegisteredCase c = assignedCase();
		String caseId = c.id().toString();
		String judge = api.token("judge-0104");
		String litigant = api.token("litigant");
		Response recorded = api.upload("/api/v1/cases/" + caseId + "/documents", judge, "file", "判决书.pdf",
				SampleFiles.pdf(3, "judgment"), Map.of("kind", "JUDGMENT", "title", "民事判决书", "signedOn", today(),
						"visibility", "PARTIES"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		String documentId = recorded.json().get("id").asString();

		JsonNode judgment = eventually(() -> casefile.materials(caseId, judge)
			.stream()
			.filter(m -> m.get("source").asString().equals("DOCUMENT"))
			.findFirst()
			.orElse(null));
		assertThat(judgment.get("category").asString()).isEqualTo("JUDGMENT");
		assertThat(judgment.get("pageCount").asInt()).isEqualTo(3);
		assertThat(judgment.get("submittedBy").asString()).isEqualTo(staffing.byUsername("judge-0104").orElseThrow().name());
		assertThat(casefile.materials(caseId, litigant)).as("not served yet")
			.noneMatch(m -> m.get("source").asString().equals("DOCUMENT"));
		assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/materials/" + judgment.get("id").asString() + "/content",
				litigant).statusCode()).isEqualTo(404);

		Response served = api.post("/api/v1/cases/" + caseId + "/documents/" + documentId + "/service", judge,
				Map.of("partySeq", 1, "method", "PERSONAL", "countedOn", today()));
		assertThat(served.status()).as(served.body()).isEqualTo(201);
		JsonNode receipt = eventually(() -> casefile.materials(caseId, litigant)
			.stream()
			.filter(m -> m.get("category").asString().equals("SERVICE_RECEIPT"))
			.findFirst()
			.orElse(null));
		assertThat(receipt.get("title").asString()).startsWith("送达回证：").contains("张三").contains("民事判决书");
		assertThat(receipt.get("pageCount").asInt()).isEqualTo(1);
		List<JsonNode> seen = casefile.materials(caseId, litigant);
		assertThat(seen).anyMatch(m -> m.get("source").asString().equals("DOCUMENT"));
		assertThat(casefile.bytes("/api/v1/cases/" + caseId + "/materials/" + judgment.get("id").asString() + "/content",
				litigant).statusCode()).isEqualTo(200);
		assertThat(seen).extracting(m -> m.get("category").asString())
			.as("judgment before its service receipt").containsSubsequence("JUDGMENT", "SERVICE_RECEIPT");
	}

	@Test
	void partyEvidenceShowsSubmitterTimeAndLedgerIndexOnceAnchored() throws Exception {
		RegisteredCase c = assignedCase();
		String caseId = c.id().toString();
		String litigant = api.token("litigant");
		byte[] png = SampleFiles.png(300, 500);
		Response submitted = casefile.submitEvidence(caseId, litigant, "转账记录", "证明原告已向被告交付借款",
				"转账记录.png", png);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		assertThat(submitted.json().get("category").asString()).isEqualTo("EVIDENCE");
		assertThat(submitted.json().get("pageCount").asInt()).isEqualTo(1);
		Response twice = casefile.submitEvidence(caseId, litigant, "转账记录", "证明原告已向被告交付借款", "转账记录.png",
				png);
		assertThat(twice.json().get("id").asString()).as("a double submission is the same evidence")
			.isEqualTo(submitted.json().get("id").asString());
		assertThat(jdbc.sql("select count(*) from case_material where case_id = ? and source = 'PARTY_EVIDENCE'")
			.param(c.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);

		JsonNode evidence = eventually(() -> {
			JsonNode m = casefile.material(caseId, api.token("judge-0104"), "转账记录");
			return m.get("ledgerIndex").isNull() ? null : m;
		});
		assertThat(evidence.get("ledgerIndex").asLong()).isNotNegative();
		assertThat(evidence.get("anchoring").asBoolean()).isFalse();
		assertThat(evidence.get("purpose").asString()).isEqualTo("证明原告已向被告交付借款");
		assertThat(evidence.get("evidenceName").asString()).isEqualTo("转账记录");
		assertThat(evidence.get("submittingParty").asString()).isEqualTo("张三");
		assertThat(evidence.get("submittedAt").asString()).isNotBlank();
		assertThat(evidence.get("source").asString()).isEqualTo("PARTY_EVIDENCE");

		// the plaintiff's lawyer sees it too, with the same index, and submits for the party represented
		JsonNode asLawyer = casefile.material(caseId, api.token("lawyer"), "转账记录");
		assertThat(asLawyer.get("ledgerIndex").asLong()).isEqualTo(evidence.get("ledgerIndex").asLong());
		Response byLawyer = casefile.submitEvidence(caseId, api.token("lawyer"), "催款短信", "证明原告催讨借款",
				"sms.jpg", SampleFiles.jpeg(200, 300));
		assertThat(byLawyer.status()).as(byLawyer.body()).isEqualTo(201);
		assertThat(byLawyer.json().get("submittingParty").asString()).isEqualTo("张三");
	}

	@Test
	void badSubmissionsAreRefusedFieldByFieldInChineseAndChangeNothing() throws Exception {
		RegisteredCase c = assignedCase();
		String caseId = c.id().toString();
		String litigant = api.token("litigant");
		int before = count(caseId);

		Response blank = casefile.submitEvidence(caseId, litigant, " ", "", "a.pdf", SampleFiles.pdf(1, "blank"));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.body()).contains("请填写证据名称").contains("请填写证明目的").contains("evidenceName")
			.contains("purpose");

		Response text = casefile.submitEvidence(caseId, litigant, "聊天记录", "证明催收", "chat.txt",
				"这不是允许的文件类型".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(400);
		assertThat(text.json().toString()).contains("\"file\"");

		Response tooLong = casefile.submitEvidence(caseId, litigant, "名".repeat(201), "目的", "b.pdf",
				SampleFiles.pdf(1, "long"));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.body()).contains("200");

		Response staffAsEvidence = casefile.uploadCourt(caseId, api.token("judge-0104"), "NO_SUCH", " ", true,
				"c.pdf", SampleFiles.pdf(1, "court"));
		assertThat(staffAsEvidence.status()).isEqualTo(400);
		assertThat(staffAsEvidence.body()).contains("请选择材料类别").contains("请填写材料名称");

		Response notTeam = casefile.uploadCourt(caseId, api.token("president-0104"), "TRIAL_REPORT", "审理报告", false,
				"d.pdf", SampleFiles.pdf(1, "president"));
		assertThat(notTeam.status()).as(notTeam.body()).isIn(403, 404);
		assertThat(count(caseId)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'casefile.evidence.submit' and target_id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isZero();
	}

	private int count(String caseId) {
		return jdbc.sql("select count(*) from case_material where case_id = ?")
			.param(UUID.fromString(caseId))
			.query(Integer.class)
			.single();
	}
}
