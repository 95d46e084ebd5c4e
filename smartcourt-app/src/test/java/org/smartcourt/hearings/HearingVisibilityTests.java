package org.smartcourt.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who sees which hearing: only the case's team schedules; parties see their own case's hearings (with the online
 * link) and nothing of other cases; the 开庭公告 lists public hearings only and never a meeting link.
 */
@IntegrationTest
class HearingVisibilityTests {

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

	@Test
	void onlyTheCasesTeamSchedulesAndOnlyWhileTheCaseIsWithAJudge() {
		RegisteredCase c = t.simpleCase();
		Map<String, Object> body = t.inRoom("第一法庭", HearingSlots.day().atTime(9, 0), 60);
		assertThat(t.schedule(c, "litigant", body).status()).as("a party").isEqualTo(403);
		assertThat(t.schedule(c, "judge", body).status()).as("a judge of the court above").isEqualTo(403);
		assertThat(t.schedule(c, "division-head-0104", body).status()).as("not on the team").isEqualTo(403);
		assertThat(t.schedule(c, "lawyer", body).status()).as("a stranger").isEqualTo(404);
		assertThat(t.schedule(c, "judge-0104", Map.of("kind", "TRIAL")).status()).isEqualTo(400);

		RegisteredCase closed = t.simpleCase();
		jdbc.sql("update court_case set stage = 'CLOSED' where id = ?").param(closed.id().value()).update();
		TestApi.Response refused = t.schedule(closed, "clerk-0104", body);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("已结案");
	}

	@Test
	void anOnlineHearingNeedsEveryPartysConsentAndAMeetingLink() {
		RegisteredCase c = t.simpleCase();
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		TestApi.Response missing = t.schedule(c, "judge-0104", t.online(nine, 60, List.of(1)));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("consentingParties", "李四");
		Map<String, Object> noLink = t.online(nine, 60, List.of(1, 3));
		noLink.put("meetingLink", "http://insecure");
		assertThat(t.schedule(c, "judge-0104", noLink).body()).contains("meetingLink");
		Map<String, Object> secret = t.online(nine, 60, List.of(1, 3));
		secret.put("closedGround", "STATE_SECRET");
		assertThat(t.schedule(c, "judge-0104", secret).body()).contains("第二十一条");
		assertThat(t.schedule(c, "judge-0104", t.online(nine, 60, List.of(1, 3))).status()).isEqualTo(201);
	}

	@Test
	void theAnnouncementListsPublicHearingsOnlyAndNeverAMeetingLink() {
		RegisteredCase open = t.simpleCase();
		t.scheduled(open, t.inRoom("第一法庭", HearingSlots.soon(), 60));
		RegisteredCase online = t.simpleCase();
		Map<String, Object> onlineBody = t.online(HearingSlots.soon(), 60, List.of(1, 3));
		t.scheduled(online, onlineBody);
		RegisteredCase closed = t.simpleCase();
		Map<String, Object> privateBody = t.inRoom("第二法庭", HearingSlots.soon(), 60);
		privateBody.put("closedGround", "PRIVACY");
		t.scheduled(closed, privateBody);
		RegisteredCase divorce = t.simpleCase();
		Map<String, Object> divorceBody = t.inRoom("第三法庭", HearingSlots.soon(), 60);
		divorceBody.put("closedGround", "DIVORCE");
		assertThat(t.schedule(divorce, "judge-0104", divorceBody).status()).as("needs an application").isEqualTo(400);
		divorceBody.put("partyApplied", true);
		t.scheduled(divorce, divorceBody);

		RegisteredCase mediation = t.simpleCase();
		Map<String, Object> mediationBody = t.inRoom("第三法庭", HearingSlots.soon(), 60);
		mediationBody.put("kind", "MEDIATION");
		t.scheduled(mediation, mediationBody);

		TestApi.Response list = api.get("/api/v1/public/hearings", null);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(open.caseNumber().format(), online.caseNumber().format(), "在线庭审")
			.doesNotContain(closed.caseNumber().format(), divorce.caseNumber().format(),
					mediation.caseNumber().format(), "https://", "secret-");
		assertThat(list.json().findValuesAsString("courtName")).contains("长春市朝阳区人民法院");

		TestApi.Response page = api.getAny("/public/hearings", null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("开庭公告", open.caseNumber().format())
			.doesNotContain(closed.caseNumber().format(), "secret-");

		assertThat(docket.entriesFor(open.id(), org.smartcourt.cases.Audience.PUBLIC))
			.anySatisfy(e -> assertThat(e.type()).isEqualTo(DocketEntryType.HEARING_SCHEDULED));
		assertThat(docket.entriesFor(closed.id(), org.smartcourt.cases.Audience.PUBLIC))
			.noneSatisfy(e -> assertThat(e.type()).isEqualTo(DocketEntryType.HEARING_SCHEDULED));
	}

	@Test
	void partiesSeeTheirOwnCasesHearingsAndNoOthers() {
		RegisteredCase mine = t.simpleCase();
		String hearing = t.scheduled(mine, t.online(HearingSlots.day().atTime(9, 0), 60, List.of(1, 3)));
		RegisteredCase theirs = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, null, "judge-0104", null, null);
		t.ownLawyer(theirs);
		String other = t.scheduled(theirs, t.inRoom("第一法庭", HearingSlots.day().atTime(9, 0), 60));

		String litigant = api.token("litigant");
		JsonNode own = api.get("/api/v1/cases/" + mine.id() + "/hearings", litigant).json();
		assertThat(own.get("level").asString()).isEqualTo("PARTIES");
		assertThat(own.get("hearings")).singleElement().satisfies(h -> {
			assertThat(h.get("meetingLink").asString()).startsWith("https://");
			assertThat(h.get("kind").asString()).isEqualTo("TRIAL");
		});
		assertThat(own.get("notices").findValuesAsString("kind")).contains("SUMMONS", "APPEARANCE_NOTICE");
		assertThat(api.get("/api/v1/hearings/" + hearing, litigant).status()).isEqualTo(200);

		assertThat(api.get("/api/v1/cases/" + theirs.id() + "/hearings", litigant).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/hearings/" + other, litigant).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/hearings/calendar?from=" + LocalDate.now(), litigant).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/notices", litigant).body()).contains(mine.caseNumber().format());

		JsonNode calendar = api.get("/api/v1/hearings/calendar?from=" + HearingSlots.day().minusDays(200) + "&to="
				+ HearingSlots.day(), api.token("clerk-0104")).json();
		assertThat(calendar.findValuesAsString("id")).contains(hearing, other);
	}
}
