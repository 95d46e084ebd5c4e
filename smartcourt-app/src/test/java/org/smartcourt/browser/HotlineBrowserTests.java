package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.smartcourt.cases.CaseRegistry;
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
 * Issue 8's 12368 journey: an agent takes a 联系法官 call for the demo case (the caller 张三 is verified by name and
 * ID number), it is routed to 沈法官, who finds it in 12368 待办 and answers; the requester, signed in on a phone as
 * the account acting for 张三, sees the answer and rates it; the agent finds it by number, calls back and closes it
 * and sees it in the statistics; the knowledge base answers a question without signing in. axe-core checks every page on the way.
 */
@IntegrationTest
class HotlineBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAgentTakesAMessageForTheJudgeWhoAnswersItAndTheLitigantRatesTheAnswer() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).chaoyangCaseWithLawyer();
		jdbc.sql("update case_party set username = 'litigant' where case_id = ? and seq = 1").param(c.id().value()).update();
		String number;

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("hotline", TestApi.DEMO_PASSWORD);
			browser.go("/hotline/desk");
			assertThat(browser.heading()).isEqualTo("12368坐席工作台");
			browser.assertAccessible();
			new Select(d.findElement(By.id("new-kind"))).selectByValue("CONTACT_JUDGE");
			browser.clickAndWait(By.id("new-submit"));
			assertThat(d.findElement(By.id("new-caseNumber-error")).getText()).contains("案号");
			assertThat(d.findElement(By.id("new-callerName-error")).getText()).contains("姓名");
			browser.assertAccessible();

			d.findElement(By.id("new-callerName")).sendKeys("张三");
			d.findElement(By.id("new-callerPhone")).sendKeys("13900001234");
			d.findElement(By.id("new-callerIdNumber")).sendKeys("220104198001011234");
			d.findElement(By.id("new-caseNumber")).sendKeys(c.caseNumber().format());
			d.findElement(By.id("new-subject")).sendKeys("请法官回电");
			d.findElement(By.id("new-content")).sendKeys("想向法官补充说明借款经过，请法官回电。");
			browser.clickAndWait(By.id("new-submit"));
			assertThat(d.findElement(By.cssSelector("main .alert-ok")).getText()).contains("已受理");
			assertThat(d.findElement(By.id("request-status")).getText()).isEqualTo("已分派");
			assertThat(d.findElement(By.id("request-assignee")).getText()).contains("沈法官").contains("承办法官");
			assertThat(d.findElement(By.id("request-due")).getText()).contains("工作日").contains("本地配置");
			number = d.findElement(By.id("request-number")).getText();
			assertThat(number).startsWith("12368-吉0104-");
			browser.assertAccessible();
			browser.screenshot("hotline-agent-request");
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go("/hotline/todo");
			WebElement row = d.findElement(By.cssSelector("#todo-table tr.request[data-number='" + number + "']"));
			assertThat(row.getText()).contains("请法官回电").contains("张三");
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("#todo-table tr.request[data-number='" + number + "'] a.request-link"));
			browser.assertAccessible();
			d.findElement(By.id("answer-text")).sendKeys("已收到，本周五下午三点电话联系您。");
			browser.clickAndWait(By.id("answer-submit"));
			assertThat(d.findElement(By.id("request-status")).getText()).isEqualTo("已答复");
			assertThat(d.findElement(By.id("request-answer")).getText()).contains("本周五下午三点");
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go("/hotline");
			WebElement mine = d.findElement(By.cssSelector("#my-requests tr.request[data-number='" + number + "']"));
			assertThat(mine.findElement(By.cssSelector("td.status")).getText()).isEqualTo("已答复");
			long width = (Long) ((JavascriptExecutor) d)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(width).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("#my-requests tr.request[data-number='" + number + "'] a.request-link"));
			assertThat(d.findElement(By.id("request-answer")).getText()).contains("本周五下午三点");
			browser.assertAccessible();
			new Select(d.findElement(By.id("rate-score"))).selectByValue("5");
			d.findElement(By.id("rate-comment")).sendKeys("答复及时");
			browser.clickAndWait(By.id("rate-submit"));
			assertThat(d.findElement(By.id("request-satisfaction")).getText()).isEqualTo("5");
			assertThat(d.findElements(By.id("rate-submit"))).as("rated once").isEmpty();
			browser.assertAccessible();
			browser.screenshot("hotline-litigant-rated");
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("hotline", TestApi.DEMO_PASSWORD);
			browser.go("/hotline/desk?q=" + number);
			browser.clickAndWait(By.cssSelector("#desk-found tr.request[data-number='" + number + "'] a.request-link"));
			assertThat(d.findElement(By.id("request-satisfaction")).getText()).isEqualTo("5");
			d.findElement(By.id("callback-note")).sendKeys("当事人确认法官已来电");
			browser.clickAndWait(By.id("callback-submit"));
			assertThat(d.findElement(By.id("request-status")).getText()).isEqualTo("已回访");
			browser.assertAccessible();
			browser.clickAndWait(By.id("close-submit"));
			assertThat(d.findElement(By.id("request-status")).getText()).isEqualTo("已办结");
			assertThat(d.findElements(By.cssSelector("#trail-table tbody tr"))).hasSize(5);
			browser.assertAccessible();
			browser.go("/hotline/statistics");
			assertThat(d.findElement(By.id("stats-table")).getText()).contains("长春市朝阳区人民法院").contains("联系法官");
			browser.assertAccessible();
			browser.go("/hotline/kb/new");
			browser.clickAndWait(By.id("kb-save"));
			assertThat(d.findElement(By.id("kb-title-error")).getText()).contains("问题");
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.go("/hotline/kb");
			browser.assertAccessible();
			d.findElement(By.id("kb-q")).sendKeys("诉讼费怎么交");
			browser.clickAndWait(By.id("kb-submit"));
			assertThat(d.findElement(By.cssSelector("#kb-results .kb-article h3")).getText()).contains("受理费");
			browser.assertAccessible();
		}
	}
}
