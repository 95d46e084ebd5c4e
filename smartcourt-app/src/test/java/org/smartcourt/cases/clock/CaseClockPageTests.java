package org.smartcourt.cases.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

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

/** The 审限 section and lists as pages: forms per role, refusals shown in place, lists per role. */
@IntegrationTest
class CaseClockPageTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	private RegisteredCase assigned() {
		return new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED,
				"litigant", "judge-0104", "assistant-0104", "clerk-0104");
	}

	@Test
	void theJudgeSeesTheFormsTheLitigantOnlyTheFactsAndARefusalIsShownOnThePage() {
		RegisteredCase c = assigned();
		String page = "/cases/" + c.id();
		WebSession judge = WebSession.signIn(port, "judge-0104");
		String judgePage = judge.get(page).body();
		assertThat(judgePage).contains("id=\"clock-due\"", "id=\"request-extension\"", "中止诉讼", "扣除审限期间");

		HttpResponse<String> noReason = judge.post(page + "/clock/extension-requests", Map.of("length", "1"));
		assertThat(noReason.statusCode()).isEqualTo(302);
		assertThat(judge.get(page).body()).contains("请填写申请理由");

		HttpResponse<String> suspended = judge.post(page + "/clock/suspension",
				Map.of("ground", "FORCE_MAJEURE", "reason", "当事人因洪灾无法参加诉讼"));
		assertThat(suspended.statusCode()).isEqualTo(302);
		assertThat(judge.get(page).body()).contains("已中止诉讼", "恢复诉讼", "中止诉讼期间");

		WebSession litigant = WebSession.signIn(port, "litigant");
		String litigantPage = litigant.get(page).body();
		assertThat(litigantPage).contains("id=\"clock-due\"", "中止诉讼期间", "当事人因洪灾无法参加诉讼")
			.doesNotContain("request-extension", "恢复诉讼</button>");
	}

	@Test
	void listsFollowTheRole() {
		RegisteredCase c = assigned();
		assertThat(WebSession.signIn(port, "assistant-0104").get("/cases/assigned").body())
			.contains(c.caseNumber().format());
		assertThat(WebSession.signIn(port, "division-head-0104").get("/cases/court").body())
			.contains(c.caseNumber().format());
		assertThat(WebSession.signIn(port, "president-0104").get("/cases/court?filter=suspended").body())
			.doesNotContain(c.caseNumber().format());
		assertThat(WebSession.signIn(port, "president-0104").get("/cases/extensions").statusCode()).isEqualTo(200);
		assertThat(WebSession.signIn(port, "judge-0104").get("/cases/court").statusCode()).isEqualTo(403);
	}
}
