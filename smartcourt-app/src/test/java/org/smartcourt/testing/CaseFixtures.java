package org.smartcourt.testing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for modules that start from a case in the hands of a judge: registers a civil case filed by a demo
 * litigant and puts demo staff on its team directly, without going through assignment.
 */
public final class CaseFixtures {

	public static final CourtId CHAOYANG = new CourtId("220104");
	public static final CourtId CHANGCHUN = new CourtId("220100");

	private final CaseRegistry registry;
	private final Staffing staffing;
	private final JdbcClient jdbc;

	public CaseFixtures(CaseRegistry registry, Staffing staffing, JdbcClient jdbc) {
		this.registry = registry;
		this.staffing = staffing;
		this.jdbc = jdbc;
	}

	/** A 民初 case at {@code court}, filed online by {@code filer}, with a plaintiff (agent: a lawyer) and a defendant. */
	public RegisteredCase register(CourtId court, Procedure procedure, String filer) {
		return registry.register(new RegisterCase(court, "0301", null, procedure, "9.20.1", UUID.randomUUID(),
				"张三诉李四民间借贷纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "张三", "220104198001011234"),
						CaseParty.agent(2, PartySide.PLAINTIFF, "赵律师", 1, true, "12201200010000001"),
						CaseParty.party(3, PartySide.DEFENDANT, "NATURAL_PERSON", "李四", null)),
				filer));
	}

	/**
	 * A case as above, assigned to {@code judge} (a demo username) as 承办法官 and 独任 or presiding judge, with
	 * {@code assistant} and {@code clerk} (usernames, or {@literal null}); stage 已分案.
	 */
	public RegisteredCase registerAssigned(CourtId court, Procedure procedure, String filer, String judge,
			String assistant, String clerk) {
		RegisteredCase registered = register(court, procedure, filer);
		StaffSummary judgeStaff = staffing.byUsername(judge).orElseThrow();
		addTeamMember(registered, judgeStaff, TeamRole.RESPONSIBLE_JUDGE);
		if (procedure == Procedure.ORDINARY) {
			addTeamMember(registered, judgeStaff, TeamRole.PRESIDING_JUDGE);
		}
		if (assistant != null) {
			addTeamMember(registered, staffing.byUsername(assistant).orElseThrow(), TeamRole.ASSISTANT);
		}
		if (clerk != null) {
			addTeamMember(registered, staffing.byUsername(clerk).orElseThrow(), TeamRole.CLERK);
		}
		jdbc.sql("update court_case set stage = 'ASSIGNED', department_id = ? where id = ?")
			.params(judgeStaff.departmentId(), registered.id().value())
			.update();
		return registered;
	}

	/**
	 * A simple-procedure case at 朝阳区 filed by {@code litigant}, in the hands of {@code judge-0104} with
	 * {@code assistant-0104} and {@code clerk-0104}, whose plaintiff's agent 赵律师 is the demo account {@code lawyer}.
	 */
	public RegisteredCase chaoyangCaseWithLawyer() {
		RegisteredCase c = registerAssigned(CHAOYANG, Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104",
				"clerk-0104");
		jdbc.sql("update case_party set username = 'lawyer' where case_id = ? and seq = 2").param(c.id().value()).update();
		return c;
	}

	/**
	 * Tells the 审判质效 statistics that a case changed behind the docket's back (this fixture assigns by SQL, and tests
	 * move clocks and dates by SQL), as the docket step would have: the next refresh reads it again.
	 */
	public void markForStatistics(RegisteredCase registered) {
		jdbc.sql("insert into supervision_dirty_case values (?, now()) on conflict do nothing")
			.param(registered.id().value())
			.update();
	}

	public void addTeamMember(RegisteredCase registered, StaffSummary staff, TeamRole role) {
		jdbc.sql("""
				insert into case_team_member (id, case_id, staff_id, username, name, role, since)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), registered.id().value(), staff.id(), staff.username(), staff.name(), role.name(),
					Timestamp.from(Instant.now()))
			.update();
	}
}
