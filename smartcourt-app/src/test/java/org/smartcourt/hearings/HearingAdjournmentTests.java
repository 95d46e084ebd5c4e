package org.smartcourt.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * 延期开庭 under the 2019 规定: at most twice under 普通程序 and once under 简易程序 (art. 3), the next hearing within
 * a month unless force majeure or the parties agree (art. 5), and ground (四) only with the 院长's approval (art. 6).
 */
@IntegrationTest
class HearingAdjournmentTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Docket docket;

	HearingTestSupport t;
	TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
		t = new HearingTestSupport(registry, staffing, jdbc, api);
	}

	private static Map<String, Object> adjournment(String ground, LocalDateTime next) {
		Map<String, Object> body = new HashMap<>();
		body.put("ground", ground);
		body.put("reason", "被告因病住院，提交了医院证明");
		body.put("nextStart", next.toString());
		body.put("nextEnd", next.plusHours(1).toString());
		return body;
	}

	private TestApi.Response adjourn(String hearingId, Map<String, Object> body) {
		return api.post("/api/v1/hearings/" + hearingId + "/adjournment", api.token("judge-0104"), body);
	}

	@Test
	void simpleProcedureAllowsOneAdjournmentAndSaysWhyNotASecond() {
		RegisteredCase c = t.simpleCase();
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		String first = t.scheduled(c, t.inRoom("第二法庭", nine, 60));

		TestApi.Response adjourned = adjourn(first, adjournment("ABSENCE", nine.plusDays(7)));
		assertThat(adjourned.status()).isEqualTo(201);
		assertThat(adjourned.json().get("status").asString()).isEqualTo("APPROVED");
		String next = adjourned.json().get("nextHearingId").asString();
		assertThat(api.get("/api/v1/hearings/" + first, api.token("judge-0104")).json().get("status").asString())
			.isEqualTo("ADJOURNED");

		TestApi.Response refused = adjourn(next, adjournment("NEW_EVIDENCE", nine.plusDays(14)));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("简易程序", "不超过1次", "第三条");
		assertThat(docket.entries(c.id())).filteredOn(e -> e.type() == DocketEntryType.ADJOURNED)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("第一百四十九条第（一）项", "被告因病住院"));
	}

	@Test
	void ordinaryProcedureAllowsTwoAdjournments() {
		RegisteredCase c = t.caseOf(Procedure.ORDINARY, "judge-0104");
		t.ownLawyer(c);
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		String hearing = t.scheduled(c, t.inRoom("第二法庭", nine, 60));
		for (int i = 1; i <= 2; i++) {
			TestApi.Response r = adjourn(hearing, adjournment("RECUSAL", nine.plusDays(7L * i)));
			assertThat(r.status()).as(r.body()).isEqualTo(201);
			hearing = r.json().get("nextHearingId").asString();
		}
		TestApi.Response third = adjourn(hearing, adjournment("ABSENCE", nine.plusDays(21)));
		assertThat(third.status()).isEqualTo(409);
		assertThat(third.json().get("detail").asString()).contains("普通程序", "不超过2次");
	}

	@Test
	void theNextHearingMoreThanAMonthLaterNeedsForceMajeureOrTheParties() {
		RegisteredCase c = t.simpleCase();
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		String hearing = t.scheduled(c, t.inRoom("第二法庭", nine, 60));

		Map<String, Object> late = adjournment("NEW_EVIDENCE", nine.plusMonths(1).plusDays(1));
		TestApi.Response refused = adjourn(hearing, late);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("第五条", "一个月");

		late.put("beyondMonthBasis", "PARTIES_AGREED");
		late.put("beyondMonthReason", "双方当事人书面同意于下月开庭");
		TestApi.Response agreed = adjourn(hearing, late);
		assertThat(agreed.status()).as(agreed.body()).isEqualTo(201);
		assertThat(agreed.json().get("beyondMonthBasis").asString()).isEqualTo("PARTIES_AGREED");
	}

	@Test
	void otherGroundsWaitForThePresidentAndPartiesSeeTheAdjournmentOnlyOnceApproved() {
		RegisteredCase c = t.simpleCase();
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		String hearing = t.scheduled(c, t.inRoom("第二法庭", nine, 60));

		TestApi.Response pending = adjourn(hearing, adjournment("OTHER", nine.plusDays(10)));
		assertThat(pending.status()).isEqualTo(201);
		assertThat(pending.json().get("status").asString()).isEqualTo("PENDING");
		String id = pending.json().get("id").asString();
		assertThat(api.get("/api/v1/hearings/" + hearing, api.token("judge-0104")).json().get("status").asString())
			.isEqualTo("SCHEDULED");
		JsonNode partyView = api.get("/api/v1/cases/" + c.id() + "/hearings", api.token("litigant")).json();
		assertThat(partyView.get("adjournments").isEmpty()).isTrue();

		String decision = "/api/v1/hearings/adjournments/" + id + "/decision";
		assertThat(api.post(decision, api.token("judge-0104"), Map.of("approve", true)).status()).isEqualTo(403);
		assertThat(api.post(decision, api.token("president"), Map.of("approve", true)).status())
			.as("the 院长 of another court").isEqualTo(403);
		TestApi.Response approved = api.post(decision, api.token("president-0104"),
				Map.of("approve", true, "note", "同意"));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(api.post(decision, api.token("president-0104"), Map.of("approve", false)).status()).isEqualTo(409);

		partyView = api.get("/api/v1/cases/" + c.id() + "/hearings", api.token("litigant")).json();
		assertThat(partyView.get("adjournments")).singleElement()
			.satisfies(a -> assertThat(a.get("reason").asString()).contains("被告因病住院"));
		assertThat(partyView.get("hearings").findValuesAsString("status")).containsExactly("ADJOURNED", "SCHEDULED");
	}

	@Test
	void aHeldHearingRecordsAttendanceAndTakesItsTranscript() {
		RegisteredCase c = t.simpleCase();
		LocalDateTime soon = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusMinutes(5);
		String hearing = t.scheduled(c, t.online(soon, 30, java.util.List.of(1, 3)));
		String token = api.token("clerk-0104");
		Map<String, Object> held = new HashMap<>();
		held.put("actualStart", soon.minusMinutes(1).toString());
		held.put("actualEnd", soon.plusMinutes(20).toString());
		held.put("appeared", java.util.List.of(1, 2));
		held.put("recordingRef", "REC-0104-0001");
		assertThat(api.post("/api/v1/hearings/" + hearing + "/held", token, held).status()).isEqualTo(400);
		held.put("actualStart", java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(40)
			.toString());
		held.put("actualEnd", java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(5)
			.toString());
		TestApi.Response r = api.post("/api/v1/hearings/" + hearing + "/held", token, held);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(r.json().get("status").asString()).isEqualTo("HELD");
		assertThat(docket.entries(c.id())).filteredOn(e -> e.type() == DocketEntryType.HEARING_HELD)
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("到庭：张三、赵律师", "未到庭：李四"));

		JsonNode attendance = api.get("/api/v1/cases/" + c.id() + "/hearings", api.token("litigant")).json()
			.get("attendance");
		assertThat(attendance.findValuesAsString("name")).containsExactly("张三", "赵律师", "李四");
		assertThat(attendance.findValuesAsString("appeared")).containsExactly("true", "true", "false");

		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		TestApi.Response upload = api.upload("/api/v1/hearings/" + hearing + "/transcript", token, "file",
				"庭审笔录.pdf", pdf, Map.of());
		assertThat(upload.status()).as(upload.body()).isEqualTo(200);
		assertThat(upload.json().get("transcriptSha256").asString()).hasSize(64);
		assertThat(api.upload("/api/v1/hearings/" + hearing + "/transcript", token, "file", "笔录.pdf",
				"not a pdf".getBytes(), Map.of()).status()).isEqualTo(400);
	}

	@Test
	void ordinaryProcedureNeedsThreeDaysNoticeOfTheHearing() {
		RegisteredCase c = t.caseOf(Procedure.ORDINARY, "judge-0104");
		t.ownLawyer(c);
		LocalDateTime tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).atTime(7, 0);
		TestApi.Response refused = t.schedule(c, "judge-0104", t.inRoom("第三法庭", tomorrow, 30));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("detail").asString()).contains("开庭三日前", "第一百三十九条");
	}
}
