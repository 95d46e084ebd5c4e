package org.smartcourt.hearings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case page's 「庭审」 section: forms for the team, the hearing and its link for the parties, conflicts in place. */
@IntegrationTest
class HearingPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPartySeesTheHearingAndItsLinkButNoForms() {
		HearingTestSupport t = new HearingTestSupport(registry, staffing, jdbc, new TestApi(port));
		RegisteredCase c = t.simpleCase();
		Map<String, Object> body = t.online(HearingSlots.day().atTime(9, 0), 60, List.of(1, 3));
		t.scheduled(c, body);

		String page = WebSession.signIn(port, "litigant").get("/cases/" + c.id()).body();
		assertThat(page).contains("庭审", "在线庭审", (String) body.get("meetingLink"), "传票")
			.doesNotContain("排期并发送传票", "查找空闲时段", "登记开庭");
	}

	@Test
	void theTeamIsToldOfAConflictOnTheCasePage() {
		HearingTestSupport t = new HearingTestSupport(registry, staffing, jdbc, new TestApi(port));
		LocalDateTime nine = HearingSlots.day().atTime(9, 0);
		RegisteredCase first = t.simpleCase();
		t.scheduled(first, t.inRoom("第一法庭", nine, 60));
		RegisteredCase second = t.simpleCase();

		WebSession judge = WebSession.signIn(port, "judge-0104");
		String page = judge.get("/cases/" + second.id() + "?slotFrom=" + nine.toLocalDate() + "&slotMinutes=60").body();
		assertThat(page).contains("排期并发送传票", "按此时段排期").contains(nine.toLocalDate() + "T10:00");
		HttpResponse<String> posted = judge.post("/cases/" + second.id() + "/hearings",
				Map.of("kind", "TRIAL", "start", nine.toString(), "end", nine.plusHours(1).toString(), "courtroomId",
						t.room("第二法庭").toString()));
		assertThat(posted.statusCode()).isEqualTo(302);
		String answer = judge.get("/cases/" + second.id()).body();
		assertThat(answer).contains("hearing-problem", "沈法官", first.caseNumber().format());

		assertThat(judge.get("/hearings/calendar?view=day&date=" + nine.toLocalDate()).body())
			.contains(first.caseNumber().format());
		assertThat(WebSession.signIn(port, "litigant").get("/hearings/calendar").statusCode()).isEqualTo(403);
	}
}
