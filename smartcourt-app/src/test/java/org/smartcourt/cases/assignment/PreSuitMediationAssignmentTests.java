package org.smartcourt.cases.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.internal.assignment.Assignments;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.Role;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A 民诉前调 case (9901) is conducted by the mediator the court designates, so automatic assignment leaves it alone
 * and the 待分案 queue does not show it; a 民初 case registered beside it still is drawn at once.
 */
@IntegrationTest
class PreSuitMediationAssignmentTests {

	@Autowired
	CaseRegistry registry;

	@Autowired
	Cases cases;

	@Autowired
	Assignments assignments;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void automaticAssignmentBackToTheTestDefault() {
		jdbc.sql("delete from assignment_court_setting").update();
	}

	private RegisteredCase register(String category, Procedure procedure) {
		return registry.register(new RegisterCase(CaseFixtures.CHAOYANG, category, null, procedure, "4.10.103.3", null,
				"王五与赵六民间借贷纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "王五", null),
						CaseParty.party(2, PartySide.DEFENDANT, "NATURAL_PERSON", "赵六", null)),
				"litigant"));
	}

	@Test
	void aPreSuitMediationCaseIsNeitherDrawnNorQueued() {
		jdbc.sql("insert into assignment_court_setting (court_id, automatic, updated_at) values ('220104', true, now())")
			.update();
		RegisteredCase mediation = register("9901", Procedure.OTHER);
		RegisteredCase suit = register("0301", Procedure.SIMPLIFIED);

		assertThat(cases.find(mediation.id()).orElseThrow().stage()).isEqualTo(CaseStage.REGISTERED);
		assertThat(jdbc.sql("select count(*) from assignment_pending where case_id = ?")
			.param(mediation.id().value())
			.query(Integer.class)
			.single()).isZero();
		assertThat(cases.find(suit.id()).orElseThrow().stage()).isEqualTo(CaseStage.ASSIGNED);
		Actor clerk = new Actor(accounts.idOf("filing-clerk-0104").orElseThrow(), "filing-clerk-0104", "蒋立案",
				Role.FILING_CLERK, CaseFixtures.CHAOYANG);
		assertThat(assignments.queue(clerk)).noneMatch(q -> q.overview().id().equals(mediation.id()));
	}
}
