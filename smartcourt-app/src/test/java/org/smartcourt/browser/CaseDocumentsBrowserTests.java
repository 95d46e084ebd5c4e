package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
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
 * 文书制作 on the case page: the judge makes a 传票 for the plaintiff from its template, edits it, issues it with the
 * 院印 and serves it on the litigant's platform account; the litigant sees it among the case's documents on a phone
 * and never sees the drafts; the IT administrator's template pages. axe-core checks every page.
 */
@IntegrationTest
class CaseDocumentsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theJudgeMakesEditsSealsAndServesASummonsAndTheLitigantSeesIt() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String page = "/cases/" + c.id();

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go(page);
			assertThat(d.findElement(By.id("drafts")).getText()).contains("文书制作");
			browser.assertAccessible();

			new Select(d.findElement(By.id("draft-template"))).selectByValue("summons");
			new Select(d.findElement(By.id("draft-addressee"))).selectByValue("1");
			browser.clickAndWait(By.id("draft-create"));
			assertThat(d.findElement(By.id("draft-title")).getText()).isEqualTo("传票");
			assertThat(d.findElement(By.id("draft-status")).getText()).isEqualTo("草稿");
			String body = d.findElement(By.id("draft-body")).getDomProperty("value");
			assertThat(body).contains("## 传　票", c.caseNumber().format(), "张三");
			browser.assertAccessible();

			((JavascriptExecutor) d).executeScript("document.getElementById('draft-body').value += arguments[0];",
					"\n\n五、请携带身份证原件。\n");
			browser.clickAndWait(By.id("draft-save"));
			assertThat(d.findElement(By.id("draft-notice")).getText()).contains("已保存");
			assertThat(d.findElement(By.id("draft-body")).getDomProperty("value")).contains("请携带身份证原件");

			d.findElement(By.id("issue-seal")).click();
			d.findElement(By.id("issue-deliver")).click();
			browser.clickAndWait(By.id("draft-issue"));
			assertThat(d.findElement(By.id("draft-status")).getText()).isEqualTo("已签发");
			assertThat(d.findElement(By.id("issued-sealed")).getText()).isEqualTo("已加盖");
			assertThat(d.findElement(By.id("issued-delivered")).getText()).contains("已电子送达");
			assertThat(d.findElement(By.id("issued-sha256")).getText()).matches("[0-9a-f]{64}");
			assertThat(d.findElements(By.id("draft-save"))).isEmpty();
			assertThat(d.findElements(By.id("draft-issue"))).isEmpty();
			browser.assertAccessible();
			browser.screenshot("documents-issued");

			browser.go(page);
			assertThat(d.findElement(By.id("drafts-table")).getText()).contains("传票").contains("已签发");
			assertThat(d.findElement(By.id("documents")).getText()).contains("传票").contains("张三：电子送达");
		}

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go(page);
			assertThat(d.findElements(By.id("drafts"))).as("parties never see the drafts").isEmpty();
			assertThat(d.findElement(By.id("documents")).getText()).contains("传票");
			assertThat(d.findElement(By.cssSelector("#documents a.download")).getAttribute("href"))
				.contains(page + "/documents/");
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("it-admin", TestApi.DEMO_PASSWORD);
			browser.go("/admin/document-templates");
			assertThat(d.findElement(By.id("templates-table")).getText()).contains("传票").contains("民事判决书");
			assertThat(d.findElement(By.id("seal-image")).getAttribute("alt")).isEqualTo("本院院印图片");
			browser.assertAccessible();
			browser.go("/admin/document-templates/summons");
			assertThat(d.findElement(By.id("template-body")).getDomProperty("value")).contains("[(${case.number})]");
			browser.assertAccessible();

			((JavascriptExecutor) d).executeScript("document.getElementById('template-body').value += arguments[0];",
					"\n[(${case.numbr.x})]\n");
			browser.clickAndWait(By.id("template-save"));
			assertThat(d.findElement(By.id("template-problems")).getText()).contains("模板无法填充");
			browser.assertAccessible();
		}
	}
}
