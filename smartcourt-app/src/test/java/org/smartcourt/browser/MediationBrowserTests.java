package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.smartcourt.filing.FilingFixtures;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9's mediation journey in the browser: litigant's online filing (a 民间借贷 suit of 100,000 元) appears on the
 * diversion desk with the suggestion 诉前调解 and its reasons; the filing clerk diverts it with the applicant's consent
 * and designates mediator-0104; the mediator accepts and writes the agreement; litigant and litigant-b (王芳, the
 * respondent) confirm it on /my/mediation with their passwords and apply for judicial confirmation, and a 诉前调确
 * case number appears. axe-core checks every page on the way.
 */
@IntegrationTest
class MediationBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aDivertedFilingSettlesAndBecomesAJudicialConfirmationCase() {
		TestApi api = new TestApi(port);
		String filingId = submittedFiling(api);
		String mediationId;

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("filing-clerk-0104", TestApi.DEMO_PASSWORD);
			browser.go("/mediation/diversion");
			WebElement card = d.findElement(By.cssSelector("article.diversion[data-filing='" + filingId + "']"));
			assertThat(card.findElement(By.cssSelector(".suggested-track")).getText()).isEqualTo("诉前调解");
			assertThat(card.findElement(By.cssSelector("ol.reasons")).getText()).contains("民间借贷纠纷")
				.contains("在线调解规则");
			assertThat(card.findElement(By.cssSelector(".wage-note")).getText()).contains("未核实");
			browser.assertAccessible();
			String index = card.getAttribute("id").substring("diversion-".length());
			d.findElement(By.id("consent-" + index)).click();
			d.findElement(By.id("respondent-" + index)).sendKeys("litigant-b");
			browser.clickAndWait(By.id("decide-" + index));
			assertThat(d.findElement(By.id("mediation-done")).getText()).contains("已确认分流");
			mediationId = mediationOf(api, filingId);
			WebElement link = d.findElement(By.cssSelector("#court-mediations a[href$='" + mediationId + "']"));
			assertThat(link.getText()).contains("民诉前调");
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("#court-mediations a[href$='" + mediationId + "']"));
			new Select(d.findElement(By.id("designate-mediator"))).selectByVisibleText("尤调解（朝阳区多元解纷调解中心）");
			browser.clickAndWait(By.id("designate-submit"));
			assertThat(d.findElement(By.id("mediation-status")).getText()).isEqualTo("待调解员接受");
			assertThat(d.findElement(By.id("acceptance-due")).getText()).isNotBlank();
			browser.assertAccessible();
			browser.go("/mediation/statistics");
			browser.assertAccessible();
			browser.go("/mediation/roster");
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("mediator-0104", TestApi.DEMO_PASSWORD);
			browser.go("/mediation/workbench");
			assertThat(d.findElement(By.id("my-mediations")).getText()).contains("民诉前调");
			browser.assertAccessible();
			browser.go("/mediation/" + mediationId);
			browser.clickAndWait(By.id("accept-submit"));
			assertThat(d.findElement(By.id("mediation-status")).getText()).isEqualTo("调解中");
			assertThat(d.findElement(By.id("mediation-due")).getText()).isNotBlank();
			d.findElement(By.id("agreement-markdown"))
				.sendKeys("## 调解协议\n\n王五于2026年12月31日前向李明偿还借款100000元。");
			browser.clickAndWait(By.id("agreement-submit"));
			assertThat(d.findElement(By.id("agreement-1")).getText()).contains("偿还借款");
			browser.assertAccessible();
		}

		for (String party : new String[] { "litigant", "litigant-b" }) {
			try (Browser browser = Browser.open(port, true)) {
				WebDriver d = browser.driver();
				browser.signIn(party, TestApi.DEMO_PASSWORD);
				browser.go("/my/mediation");
				assertThat(d.findElement(By.id("party-mediations")).getText()).contains("民诉前调");
				browser.assertAccessible();
				browser.go("/my/mediation/" + mediationId);
				assertThat(d.findElement(By.id("agreement-to-sign")).getText()).contains("偿还借款");
				browser.assertAccessible();
				d.findElement(By.id("sign-password")).sendKeys(TestApi.DEMO_PASSWORD);
				browser.clickAndWait(By.id("sign-submit"));
				assertThat(d.findElement(By.id("mediation-done")).getText()).contains("已确认调解协议");
				browser.assertAccessible();
			}
		}

		for (String party : new String[] { "litigant", "litigant-b" }) {
			try (Browser browser = Browser.open(port, true)) {
				WebDriver d = browser.driver();
				browser.signIn(party, TestApi.DEMO_PASSWORD);
				browser.go("/my/mediation/" + mediationId);
				assertThat(d.findElement(By.id("mediation-status")).getText()).isEqualTo("调解成功");
				browser.clickAndWait(By.id("confirmation-submit"));
				browser.assertAccessible();
				if (party.equals("litigant-b")) {
					assertThat(d.findElement(By.id("confirmation-case-number")).getText()).contains("诉前调确");
					browser.screenshot("mediation-judicial-confirmation");
				}
			}
		}
	}

	private static String submittedFiling(TestApi api) {
		String token = api.token("litigant");
		TestApi.Response created = api.post("/api/v1/filings", token, FilingFixtures.loanSuit("220104", null));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(api.upload("/api/v1/filings/" + id + "/attachments", token, "file", "身份证.pdf", FilingFixtures.PDF,
				Map.of("kind", "IDENTITY")).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/filings/" + id + "/submit", token, Map.of()).status()).isEqualTo(200);
		return id;
	}

	private static String mediationOf(TestApi api, String filingId) {
		for (JsonNode m : api.get("/api/v1/mediation/mediations", api.token("filing-clerk-0104")).json()) {
			if (filingId.equals(m.get("mediation").path("filingId").asString(""))) {
				return m.get("mediation").get("id").asString();
			}
		}
		throw new AssertionError("no mediation for " + filingId);
	}
}
