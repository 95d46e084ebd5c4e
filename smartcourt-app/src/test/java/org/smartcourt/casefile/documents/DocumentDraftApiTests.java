package org.smartcourt.casefile.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.documents.ChineseDate;
import org.smartcourt.casefile.internal.documents.TemplateCode;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.hearings.HearingSlots;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.organization.Staffing;
import org.smartcourt.storage.FileStore;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.TestApi.Response;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 文书制作 through the API on PostgreSQL: every template fills for a real case and typesets with its title, case
 * number and parties extractable from the PDF; issuing freezes the draft and anchors the PDF; only the case team
 * reaches drafts and only its judges seal.
 */
@IntegrationTest
class DocumentDraftApiTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FileStore files;

	@Autowired
	Ledger ledger;

	TestApi api;
	PdfFetch pdf;
	CaseFixtures fixtures;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		pdf = new PdfFetch(port);
		fixtures = new CaseFixtures(registry, staffing, jdbc);
	}

	private RegisteredCase assignedCase() {
		return fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant", "judge-0104",
				"assistant-0104", "clerk-0104");
	}

	private Response create(RegisteredCase c, String token, String template, Integer addressee) {
		Map<String, Object> body = new HashMap<>();
		body.put("template", template);
		body.put("addresseeSeq", addressee);
		return api.post("/api/v1/cases/" + c.id() + "/document-drafts", token, body);
	}

	@Test
	void everyTemplateFillsForACaseAndItsPdfCarriesTitleCaseNumberAndParties() throws Exception {
		RegisteredCase c = assignedCase();
		String judge = api.token("judge-0104");
		for (TemplateCode code : TemplateCode.values()) {
			Response draft = create(c, judge, code.slug(), code.addressed() ? 3 : null);
			assertThat(draft.status()).as(code + ": " + draft.body()).isEqualTo(201);
			assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
			String title = draft.json().get("title").asString().replaceAll("（.*）", "");

			PdfFetch.Answer preview = pdf.get("/api/v1/document-drafts/" + draft.json().get("id").asString() + "/preview",
					judge);
			assertThat(preview.status()).as(code.slug()).isEqualTo(200);
			assertThat(preview.contentType()).isEqualTo("application/pdf");
			String text = preview.text();
			assertThat(text).as(code.slug()).contains("长春市朝阳区人民法院", title, c.caseNumber().format());
			assertThat(text).as(code.slug()).contains(code.addressed() ? "李四" : "张三");
			assertThat(text).as(code.slug() + ": no expression is left unfilled").doesNotContain("[(", "${");
		}
	}

	@Test
	void issuingFreezesTheDraftStoresAndAnchorsThePdfAndHasItServedOnTheLitigant() throws Exception {
		RegisteredCase c = assignedCase();
		String judge = api.token("judge-0104");
		Response draft = create(c, judge, "summons", 1);
		String id = draft.json().get("id").asString();
		String edited = draft.json().get("body").asString() + "\n\n五、请携带身份证原件。\n";

		Response saved = api.put("/api/v1/document-drafts/" + id, judge, Map.of("version", 1, "body", edited));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("version").asInt()).isEqualTo(2);
		Response stale = api.put("/api/v1/document-drafts/" + id, judge, Map.of("version", 1, "body", edited));
		assertThat(stale.status()).isEqualTo(409);

		Response issued = api.post("/api/v1/document-drafts/" + id + "/issue", judge,
				Map.of("version", 2, "seal", true, "deliver", true));
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		assertThat(issued.json().get("status").asString()).isEqualTo("ISSUED");
		assertThat(issued.json().get("sealed").asBoolean()).isTrue();
		assertThat(issued.json().get("delivered").asBoolean()).isTrue();
		String sha256 = issued.json().get("fileSha256").asString();
		assertThat(files.find(sha256)).isPresent();
		assertThat(anchored(sha256)).as("the issued PDF is anchored in the ledger").isPresent();

		Response again = api.put("/api/v1/document-drafts/" + id, judge, Map.of("version", 3, "body", "改动"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.header("Content-Type")).contains("application/problem+json");
		assertThat(again.json().get("title").asString()).isEqualTo("文书已签发");
		assertThat(api.post("/api/v1/document-drafts/" + id + "/issue", judge, Map.of("version", 3)).status())
			.isEqualTo(409);

		String documentUrl = issued.json().get("documentApiUrl").asString();
		// the service module serves it on the platform (the litigant filed online: consent by the 起诉状, 在线诉讼规则
		// art. 29(三)); service counts when the inbox reports it delivered, recorded after the issue's transaction
		awaitServed(issued.json().get("caseDocumentId").asString());
		PdfFetch.Answer litigantCopy = pdf.get(documentUrl, api.token("litigant"));
		assertThat(litigantCopy.status()).as("served electronically, the litigant downloads it").isEqualTo(200);
		assertThat(litigantCopy.text()).contains("传票", c.caseNumber().format(), "张三", "请携带身份证原件");
		assertThat(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(litigantCopy.body())))
			.isEqualTo(sha256);
		assertThat(audit("casefile.document.seal", c, "SUCCESS")).isEqualTo(1);
		assertThat(audit("casefile.document.issue", c, "SUCCESS")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from document_service where document_id = ?::uuid and method = 'ELECTRONIC'")
			.param(issued.json().get("caseDocumentId").asString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from notice n join service_attempt a on n.link = '/s/' || a.token "
				+ "join serving s on s.id = a.serving_id where n.title = '诉讼文书送达：传票' and s.case_id = ?")
			.param(c.id().value())
			.query(Long.class)
			.single()).as("the litigant who filed for 张三 is told in the in-app inbox").isEqualTo(1);
	}

	@Test
	void partiesOtherCourtsAndStaffOutsideTheTeamCannotReachDrafts() {
		RegisteredCase c = assignedCase();
		String judge = api.token("judge-0104");
		String id = create(c, judge, "evidence-notice", 3).json().get("id").asString();

		String litigant = api.token("litigant");
		assertThat(api.get("/api/v1/document-drafts/" + id, litigant).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/cases/" + c.id() + "/document-drafts", litigant).status()).isEqualTo(404);
		assertThat(create(c, litigant, "summons", 1).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/document-drafts/" + id, api.token("lawyer")).status()).isEqualTo(404);

		assertThat(api.get("/api/v1/document-drafts/" + id, api.token("judge-b-0104")).status())
			.as("a judge of the court outside the case's team").isEqualTo(403);

		RegisteredCase above = fixtures.registerAssigned(CaseFixtures.CHANGCHUN, Procedure.SIMPLIFIED, "litigant",
				"judge", "assistant", "clerk");
		String aboveDraft = create(above, api.token("judge"), "evidence-notice", 3).json().get("id").asString();
		assertThat(api.get("/api/v1/document-drafts/" + aboveDraft, judge).status())
			.as("a case of another court").isEqualTo(404);
	}

	@Test
	void onlyTheCasesJudgesMaySealAndARefusalIsAudited() {
		RegisteredCase c = assignedCase();
		String clerk = api.token("clerk-0104");
		String id = create(c, clerk, "response-notice", 3).json().get("id").asString();

		Response sealed = api.post("/api/v1/document-drafts/" + id + "/issue", clerk, Map.of("version", 1, "seal", true));
		assertThat(sealed.status()).isEqualTo(403);
		assertThat(sealed.json().get("title").asString()).isEqualTo("无权加盖院印");
		assertThat(audit("casefile.document.seal", c, "DENIED")).isEqualTo(1);
		assertThat(api.get("/api/v1/document-drafts/" + id, clerk).json().get("status").asString()).isEqualTo("DRAFT");

		Response unsealed = api.post("/api/v1/document-drafts/" + id + "/issue", clerk, Map.of("version", 1));
		assertThat(unsealed.status()).as(unsealed.body()).isEqualTo(200);
		assertThat(unsealed.json().get("sealed").asBoolean()).isFalse();
		assertThat(audit("casefile.document.seal", c, "SUCCESS")).isZero();
	}

	@Test
	void aSummonsTakesTheTimeAndPlaceOfTheScheduledHearing() {
		RegisteredCase c = assignedCase();
		String judge = api.token("judge-0104");
		LocalDateTime start = HearingSlots.day().atTime(14, 0);
		Map<String, Object> hearing = new HashMap<>();
		hearing.put("kind", "TRIAL");
		hearing.put("start", start.toString());
		hearing.put("end", start.plusMinutes(60).toString());
		hearing.put("online", true);
		hearing.put("meetingLink", "https://meeting.jlsfy.gov.cn/room/summons-" + UUID.randomUUID());
		hearing.put("consentingParties", List.of(1, 3));
		Response scheduled = api.post("/api/v1/cases/" + c.id() + "/hearings", judge, hearing);
		assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);

		String body = create(c, judge, "summons", 3).json().get("body").asString();
		assertThat(body).contains("| 应到时间 | " + ChineseDate.timeOf(start) + " |")
			.contains("| 应到处所 | 本院在线庭审平台（网上开庭） |")
			.contains("| 被传唤人 | 李四 |");
	}

	@Test
	void anAddressedTemplateNeedsAPartyOfTheCase() {
		RegisteredCase c = assignedCase();
		Response refused = create(c, api.token("judge-0104"), "summons", 99);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("addresseeSeq");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("受送达人");
	}

	@Test
	void theCourtOnlyApprovalFormIsNotDeliverable() {
		RegisteredCase c = assignedCase();
		String judge = api.token("judge-0104");
		String id = create(c, judge, "extension-approval", null).json().get("id").asString();
		Response refused = api.post("/api/v1/document-drafts/" + id + "/issue", judge,
				Map.of("version", 1, "deliver", true));
		assertThat(refused.status()).isEqualTo(422);
		Response issued = api.post("/api/v1/document-drafts/" + id + "/issue", judge, Map.of("version", 1));
		assertThat(issued.status()).isEqualTo(200);
		assertThat(pdf.get(issued.json().get("documentApiUrl").asString(), api.token("litigant")).status())
			.as("court-only: never shown to parties").isEqualTo(404);
	}

	private void awaitServed(String caseDocumentId) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (jdbc.sql("select count(*) from document_service where document_id = ?::uuid")
				.param(caseDocumentId)
				.query(Long.class)
				.single() > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("document " + caseDocumentId + " was never served");
	}

	private Optional<LedgerIndex> anchored(String sha256) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			Optional<LedgerIndex> index = ledger.indexOf(EntryType.STORED_FILE, sha256);
			if (index.isPresent()) {
				return index;
			}
			Thread.sleep(100);
		}
		return Optional.empty();
	}

	private long audit(String action, RegisteredCase c, String outcome) {
		return jdbc.sql("select count(*) from audit_record where action = ? and target_id = ? and outcome = ?")
			.params(action, c.id().toString(), outcome)
			.query(Long.class)
			.single();
	}
}
