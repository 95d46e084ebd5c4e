package org.smartcourt.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Setup for the benchmarks: a 民初 case at 朝阳区 (吉0104) registered through the application, filed by the demo
 * litigant, with its team written directly and the case moved to 已分案 (setup, not measured).
 */
final class BenchCases {

	static final CourtId CHAOYANG = new CourtId("220104");

	/** One member of the case's team: a demo username and the role on the case. */
	record Member(String username, TeamRole role) {
	}

	private BenchCases() {
	}

	static RegisteredCase registerAssigned(BenchApp app, Procedure procedure, String title, List<CaseParty> parties,
			List<Member> team) {
		RegisteredCase registered = app.bean(CaseRegistry.class).register(new RegisterCase(CHAOYANG, "0301", null,
				procedure, "9.20.1", UUID.randomUUID(), title, parties, "litigant"));
		Staffing staffing = app.bean(Staffing.class);
		JdbcClient jdbc = JdbcClient.create(app.dataSource());
		for (Member member : team) {
			StaffSummary staff = staffing.byUsername(member.username()).orElseThrow();
			jdbc.sql("""
					insert into case_team_member (id, case_id, staff_id, username, name, role, since)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), registered.id().value(), staff.id(), staff.username(), staff.name(),
						member.role().name(), Timestamp.from(Instant.now()))
				.update();
		}
		StaffSummary judge = staffing.byUsername(team.get(0).username()).orElseThrow();
		jdbc.sql("update court_case set stage = 'ASSIGNED', department_id = ? where id = ?")
			.params(judge.departmentId(), registered.id().value())
			.update();
		return registered;
	}
}
