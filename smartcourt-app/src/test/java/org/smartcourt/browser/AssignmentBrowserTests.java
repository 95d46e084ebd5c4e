package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a 庭长 opens the 待分案 queue, assigns a case at random, sees the judge in 「审判组织」 on the
 * case page and replays the draw, which picks the same judge. Every page passes axe-core.
 */
@IntegrationTest
class AssignmentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Test
	void aDivisionHeadAssignsAQueuedCaseAtRandomAndReplaysTheDraw() {
		RegisteredCase registered = registry.register(new RegisterCase(CaseFixtures.CHANGCHUN, "0301", null,
				Procedure.SIMPLIFIED, "9.20.1", UUID.randomUUID(), "孟某诉某物业公司物业服务合同纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "孟某" + UUID.randomUUID().toString().substring(0, 4), null),
						CaseParty.party(2, PartySide.DEFENDANT, "LEGAL_PERSON", "某物业公司" + UUID.randomUUID().toString().substring(0, 4), null)),
				"litigant"));
		String number = registered.caseNumber().format();
		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("division-head", TestApi.DEMO_PASSWORD);
			browser.go("/cases/assignment");
			assertThat(browser.heading()).isEqualTo("待分案");
			browser.assertAccessible();
			browser.clickAndWait(By.xpath("//tr[td/a[text()='" + number + "']]//button[contains(@class,'random-assign')]"));

			assertThat(d.getCurrentUrl()).endsWith("/cases/" + registered.id());
			assertThat(d.findElement(By.id("case-stage")).getText()).isEqualTo("已分案");
			String section = d.findElement(By.id("assignment-section")).getText();
			assertThat(section).contains("审判组织").contains("承办法官").contains("随机分案").contains("复核抽签");
			String notice = d.findElement(By.cssSelector(".alert-ok")).getText();
			assertThat(notice).startsWith("已随机分案，承办法官：");
			String judge = notice.substring("已随机分案，承办法官：".length());
			assertThat(section).contains(judge);
			assertThat(d.findElement(By.id("docket")).getText()).contains("随机分案，承办法官：" + judge);
			browser.assertAccessible();

			browser.clickAndWait(By.cssSelector("a.replay-link"));
			assertThat(browser.heading()).isEqualTo("复核随机抽签");
			assertThat(d.findElement(By.id("replay-result")).getText()).isEqualTo("重新抽签结果与记录一致：" + judge);
			assertThat(d.findElement(By.id("recorded-judge")).getText()).isEqualTo(judge);
			assertThat(d.findElement(By.id("replay-candidates")).getText()).contains(judge);
			browser.assertAccessible();
			browser.screenshot("assignment-replay");
		}
	}
}
