package org.smartcourt.hearings;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.TestApi;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases in a judge's hands and hearing requests, for the hearing tests. */
final class HearingTestSupport {

	final CaseFixtures fixtures;
	final Staffing staffing;
	final JdbcClient jdbc;
	final TestApi api;

	HearingTestSupport(CaseRegistry registry, Staffing staffing, JdbcClient jdbc, TestApi api) {
		this.fixtures = new CaseFixtures(registry, staffing, jdbc);
		this.staffing = staffing;
		this.jdbc = jdbc;
		this.api = api;
	}

	RegisteredCase simpleCase() {
		return fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant", "judge-0104",
				"assistant-0104", "clerk-0104");
	}

	RegisteredCase caseOf(Procedure procedure, String judge) {
		return fixtures.registerAssigned(CaseFixtures.CHAOYANG, procedure, "litigant", judge, null, null);
	}

	/** Gives the case's lawyer a licence of its own, so only the other resources can conflict. */
	void ownLawyer(RegisteredCase c) {
		jdbc.sql("update case_party set license_number = ? where case_id = ? and lawyer")
			.params(String.valueOf(100000000000000L + (long) (Math.random() * 800000000000000L)), c.id().value())
			.update();
	}

	void addAssessor(RegisteredCase c, String name) {
		fixtures.addTeamMember(c, staffing.staffAt(CaseFixtures.CHAOYANG)
			.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(), TeamRole.PEOPLES_ASSESSOR);
	}

	UUID room(String name) {
		return staffing.courtroomsAt(CaseFixtures.CHAOYANG)
			.stream()
			.filter(r -> r.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	Map<String, Object> inRoom(String room, LocalDateTime start, int minutes) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "TRIAL");
		body.put("start", start.toString());
		body.put("end", start.plusMinutes(minutes).toString());
		body.put("courtroomId", room(room).toString());
		body.put("online", false);
		body.put("recordingNeeded", false);
		return body;
	}

	Map<String, Object> online(LocalDateTime start, int minutes, List<Integer> consenting) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "TRIAL");
		body.put("start", start.toString());
		body.put("end", start.plusMinutes(minutes).toString());
		body.put("online", true);
		body.put("meetingLink", "https://meeting.jlsfy.gov.cn/room/secret-" + UUID.randomUUID());
		body.put("consentingParties", consenting);
		return body;
	}

	TestApi.Response schedule(RegisteredCase c, String user, Map<String, Object> body) {
		return api.post("/api/v1/cases/" + c.id() + "/hearings", api.token(user), body);
	}

	String scheduled(RegisteredCase c, Map<String, Object> body) {
		return scheduled(c, "judge-0104", body);
	}

	String scheduled(RegisteredCase c, String user, Map<String, Object> body) {
		TestApi.Response r = schedule(c, user, body);
		if (r.status() != 201) {
			throw new AssertionError("scheduling failed: " + r.body());
		}
		return r.json().get("id").asString();
	}
}
