package org.smartcourt.cases.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.cases.Procedure;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 材料查阅记录: after the judge opens the case, the litigant's case page names the judge, their role and the time;
 * the litigant's own visits are not listed, and another party's case shows nothing of it.
 */
@IntegrationTest
class AccessLogSectionTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLitigantSeesWhoInTheCourtOpenedTheCase() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String page = "/cases/" + c.id();
		String judgeName = staffing.byUsername("judge-0104").orElseThrow().name();
		WebSession litigant = WebSession.signIn(port, "litigant");
		assertThat(litigant.get(page).body()).contains("材料查阅记录", "暂无本院工作人员的查阅记录");

		WebSession.signIn(port, "judge-0104").get(page);
		String seen = litigant.get(page).body();

		assertThat(seen).contains("id=\"access-log-table\"", judgeName, "法官", "查阅案件");
		assertThat(seen).doesNotContain("<td>litigant</td>");
	}
}
