package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.filing.FilingFixtures;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole path of 全流程网上办案, from an accepted online filing to an archived case, with the litigant following
 * it on a phone: 立案 assigns a judge at random, the case page shows the 审限 with its explanation, a hearing is
 * scheduled and held, the judgment is pronounced and served, the case is closed and archived. The court's steps go
 * through the API (each screen has its own browser test); the litigant's view is checked in the browser, with axe, at
 * every stage.
 */
@IntegrationTest
class CaseJourneyBrowserTests {

	private static final ZoneId COURT_ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cases cases;

	@AfterEach
	void automaticAssignmentBackToTheTestDefault() {
		jdbc.sql("delete from assignment_court_setting where court_id = '220104'").update();
	}

	@Test
	void aLitigantFollowsTheirCaseFromFilingToArchiveOnAPhone() {
		TestApi api = new TestApi(port);
		jdbc.sql("""
				insert into assignment_court_setting (court_id, automatic, updated_at) values ('220104', true, now())
				on conflict (court_id) do update set automatic = true""").update();

		String litigant = api.token("litigant");
		String filing = api.post("/api/v1/filings", litigant, FilingFixtures.loanSuit("220104", null))
			.json()
			.get("id")
			.asString();
		assertThat(api.upload("/api/v1/filings/" + filing + "/attachments", litigant, "file", "身份证.pdf",
				FilingFixtures.PDF, Map.of("kind", "IDENTITY")).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/filings/" + filing + "/submit", litigant, Map.of()).status()).isEqualTo(200);
		TestApi.Response accepted = api.post("/api/v1/filings/" + filing + "/decision", api.token("filing-clerk-0104"),
				Map.of("decision", "ACCEPT", "procedure", "SIMPLIFIED"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		String caseNumber = accepted.json().get("decision").get("caseNumber").asString();
		CaseId caseId = new CaseId(jdbc.sql("select id from court_case where case_number = ?")
			.param(caseNumber)
			.query(UUID.class)
			.single());
		CaseOverview assigned = cases.find(caseId).orElseThrow();
		assertThat(assigned.stage()).as("立案 assigns a judge at random").isEqualTo(CaseStage.ASSIGNED);
		TeamMember judge = assigned.responsibleJudge().orElseThrow();
		String page = "/cases/" + caseId;

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go("/cases/mine");
			assertThat(d.findElement(By.tagName("main")).getText()).contains(caseNumber).contains("已分案");
			browser.assertAccessible();

			browser.go(page);
			assertThat(d.findElement(By.id("progress")).getText()).contains(judge.name());
			assertThat(d.findElement(By.id("clock-due")).getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");
			assertThat(d.findElement(By.id("clock-explanation")).getText()).contains("《民事诉讼法》第一百六十四条");
			browser.assertAccessible();

			String judgeToken = api.token(judge.username());
			JsonNode slot = api.get("/api/v1/hearings/suggestions?caseId=" + caseId + "&minutes=60&count=1", judgeToken)
				.json()
				.get(0);
			TestApi.Response scheduled = api.post("/api/v1/cases/" + caseId + "/hearings", judgeToken,
					Map.of("kind", "TRIAL", "start", slot.get("start").asString(), "end", slot.get("end").asString(),
							"courtroomId", slot.get("courtroomId").asString(), "online", false));
			assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
			String hearing = scheduled.json().get("id").asString();

			browser.go(page);
			assertThat(d.findElement(By.id("case-stage")).getText()).isEqualTo("审理中");
			assertThat(d.findElement(By.id("hearings")).getText())
				.contains(LocalDateTime.parse(slot.get("start").asString()).toLocalDate().toString());
			browser.assertAccessible();

			LocalDateTime now = LocalDateTime.now(COURT_ZONE);
			TestApi.Response held = api.post("/api/v1/hearings/" + hearing + "/held", judgeToken,
					Map.of("actualStart", now.minusMinutes(50).toString(), "actualEnd", now.minusMinutes(5).toString(),
							"appeared", partySeqs(assigned)));
			assertThat(held.status()).as(held.body()).isEqualTo(200);
			String today = LocalDate.now(COURT_ZONE).toString();
			String judgment = api.post("/api/v1/cases/" + caseId + "/documents", judgeToken,
					Map.of("kind", "JUDGMENT", "title", "民事判决书", "number", caseNumber, "signedOn", today,
							"visibility", "PARTIES"))
				.json()
				.get("id")
				.asString();
			assertThat(api.post("/api/v1/cases/" + caseId + "/pronouncement", judgeToken,
					Map.of("documentId", judgment, "pronouncedOn", today, "mode", "IN_COURT")).status()).isEqualTo(201);
			for (int party : partySeqs(assigned)) {
				assertThat(api.post("/api/v1/cases/" + caseId + "/documents/" + judgment + "/service", judgeToken,
						Map.of("partySeq", party, "method", "ELECTRONIC", "countedOn", today)).status()).isEqualTo(201);
			}
			TestApi.Response closed = api.post("/api/v1/cases/" + caseId + "/closing", judgeToken,
					Map.of("method", "JUDGMENT", "amountAwardedFen", 5000000));
			assertThat(closed.status()).as(closed.body()).isEqualTo(201);

			browser.go(page);
			assertThat(d.findElement(By.id("progress-stage-name")).getText()).isEqualTo("已结案");
			assertThat(d.findElement(By.id("documents")).getText()).contains("民事判决书");
			browser.assertAccessible();

			TestApi.Response archived = api.post("/api/v1/cases/" + caseId + "/archive", judgeToken, null);
			assertThat(archived.status()).as(archived.body()).isEqualTo(201);

			browser.go(page);
			assertThat(d.findElement(By.id("case-stage")).getText()).isEqualTo("已归档");
			String docket = d.findElement(By.id("docket")).getText();
			assertThat(docket).contains("立案").contains("分案").contains("开庭").contains("宣判").contains("结案")
				.contains("归档");
			long overflow = (Long) ((JavascriptExecutor) d)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
			browser.assertAccessible();
			browser.screenshot("journey-litigant-archived");
		}
	}

	private static List<Integer> partySeqs(CaseOverview overview) {
		return overview.partiesOnly().stream().map(p -> p.seq()).toList();
	}
}
