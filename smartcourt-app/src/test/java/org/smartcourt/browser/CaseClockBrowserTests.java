package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the judge sees the case's 审限 with its explanation and applies for an extension, the
 * president approves it, and the new last day shows for the judge and for the litigant. Every page passes axe-core.
 */
@IntegrationTest
class CaseClockBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void judgeRequestsPresidentApprovesEveryoneSeesTheNewDate() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String page = "/cases/" + c.id();
		String dueBefore;
		try (Browser judge = Browser.open(port, false)) {
			WebDriver d = judge.driver();
			judge.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			judge.go(page);
			dueBefore = d.findElement(By.id("clock-due")).getText();
			assertThat(d.findElement(By.id("clock-explanation")).getText()).isNotBlank();
			judge.assertAccessible();
			d.findElement(By.id("extension-reason")).sendKeys("案情复杂，需要补充调查");
			judge.clickAndWait(By.id("request-extension"));
			assertThat(d.findElement(By.id("clock-requests")).getText()).contains("待审批");
			judge.assertAccessible();

			try (Browser president = Browser.open(port, false)) {
				president.signIn("president-0104", TestApi.DEMO_PASSWORD);
				president.go("/cases/extensions");
				assertThat(president.driver().findElement(By.tagName("main")).getText()).contains("案情复杂");
				president.assertAccessible();
				president.go(page);
				president.assertAccessible();
				president.clickAndWait(By.id("approve-extension"));
				assertThat(president.driver().findElement(By.id("clock-requests")).getText()).contains("已批准");
			}

			judge.go(page);
			assertThat(d.findElement(By.id("clock-due")).getText()).isNotEqualTo(dueBefore);
			assertThat(d.findElement(By.id("clock-extensions")).getText()).contains("本院院长");
			judge.go("/cases/assigned");
			assertThat(d.findElement(By.tagName("main")).getText()).contains(c.caseNumber().format());
			judge.assertAccessible();
		}
		try (Browser litigant = Browser.open(port, true)) {
			WebDriver d = litigant.driver();
			litigant.signIn("litigant", TestApi.DEMO_PASSWORD);
			litigant.go(page);
			assertThat(d.findElement(By.id("clock-due")).getText()).isNotEqualTo(dueBefore);
			assertThat(d.findElement(By.id("clock-extensions")).getText()).contains("本院院长");
			assertThat(d.findElements(By.id("clock-requests"))).isEmpty();
			assertThat(d.findElements(By.id("request-extension"))).isEmpty();
			litigant.assertAccessible();
		}
	}
}
