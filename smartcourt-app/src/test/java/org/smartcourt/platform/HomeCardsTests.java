package org.smartcourt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Home pages show what waits: the litigant's own cases, the judge's open cases with their 审限, 待分案, 今日开庭. */
@IntegrationTest
class HomeCardsTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachHomePageListsWhatWaitsForThatPerson() {
		CaseFixtures fixtures = new CaseFixtures(registry, staffing, jdbc);
		RegisteredCase assigned = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant",
				"judge-c-0104", null, null);
		RegisteredCase queued = fixtures.register(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "lawyer");

		String litigant = WebSession.signIn(port, "litigant").get("/").body();
		assertThat(litigant).contains("我的案件").contains(assigned.caseNumber().format())
			.doesNotContain(queued.caseNumber().format());

		String judge = WebSession.signIn(port, "judge-c-0104").get("/").body();
		assertThat(judge).contains("我承办的案件").contains(assigned.caseNumber().format()).contains("审限届满")
			.contains("今日开庭");

		String clerk = WebSession.signIn(port, "filing-clerk-0104").get("/").body();
		assertThat(clerk).contains("待分案").contains("等待分案").doesNotContain("我承办的案件");

		String president = WebSession.signIn(port, "president-0104").get("/").body();
		assertThat(president).contains("延长审限审批");
	}
}
