package org.smartcourt.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.cases.internal.clock.CaseClockStore;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team row's copy of whether its case is open (V59_1) follows the case whoever moves the stage, and a judge's list
 * of open cases, read from that copy, follows with it.
 */
@IntegrationTest
class TeamOpennessTests {

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseClockStore clocks;

	@Test
	void closingReopeningAndJoiningAClosedCaseKeepTheTeamRowsTrue() {
		CaseFixtures fixtures = new CaseFixtures(registry, staffing, jdbc);
		RegisteredCase c = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.ORDINARY, "litigant",
				"judge-0104", "assistant-0104", null);
		assertThat(openFlags(c)).containsOnly(true).hasSize(3);
		assertThat(listed("judge-0104", c)).isTrue();

		stage(c, "CLOSED");
		assertThat(openFlags(c)).containsOnly(false).hasSize(3);
		assertThat(listed("judge-0104", c)).isFalse();

		fixtures.addTeamMember(c, staffing.byUsername("clerk-0104").orElseThrow(),
				TeamRole.CLERK);
		assertThat(openFlags(c)).containsOnly(false).hasSize(4);

		stage(c, "ARCHIVED");
		assertThat(openFlags(c)).containsOnly(false);

		stage(c, "IN_TRIAL"); // e.g. a retrial decision reopens the proceedings
		assertThat(openFlags(c)).containsOnly(true).hasSize(4);
		assertThat(listed("clerk-0104", c)).isTrue();
	}

	private void stage(RegisteredCase c, String stage) {
		jdbc.sql("update court_case set stage = ? where id = ?").params(stage, c.id().value()).update();
	}

	private List<Boolean> openFlags(RegisteredCase c) {
		return jdbc.sql("select case_open from case_team_member where case_id = ?")
			.param(c.id().value())
			.query(Boolean.class)
			.list();
	}

	private boolean listed(String username, RegisteredCase c) {
		return clocks.assignedTo(username).stream().anyMatch(row -> row.caseId().equals(c.id()));
	}
}
