package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A judge computes a 审限 with an excluded appraisal on the 期限计算 page, on a phone, checked by axe-core. */
@IntegrationTest
class DeadlineBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aJudgeComputesATrialLimitAndReadsItsExplanation() {
		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("judge", TestApi.DEMO_PASSWORD);
			browser.go("/deadlines/calculator");
			assertThat(browser.heading()).contains("期限计算");
			browser.assertAccessible();

			browser.clickAndWait(By.cssSelector("main form button.btn-primary"));
			assertThat(d.findElements(By.cssSelector(".field-error"))).isNotEmpty();
			assertThat(d.findElement(By.id("ruleId")).getAttribute("aria-invalid")).isEqualTo("true");
			browser.assertAccessible();

			new Select(d.findElement(By.id("ruleId"))).selectByValue("civil-first-simple");
			setDate(d, "start", "2026-03-02");
			setDate(d, "exclusions-0-from", "2026-04-01");
			setDate(d, "exclusions-0-to", "2026-05-02");
			d.findElement(By.id("exclusions-0-reason")).sendKeys("鉴定期间");
			browser.clickAndWait(By.cssSelector("main form button.btn-primary"));
			assertThat(d.findElement(By.id("deadline-due")).getText()).contains("2026年7月6日");
			assertThat(d.findElement(By.id("deadline-explanation")).getText()).contains("自2026年3月2日立案次日起算",
					"《民事诉讼法》第一百六十四条", "扣除鉴定期间", "为周末休息日（星期六），顺延至其后的第一个工作日2026年7月6日");
			browser.assertAccessible();
		}
	}

	/** Date inputs take typed text differently per locale; set the ISO value the form submits. */
	private static void setDate(WebDriver d, String id, String value) {
		((org.openqa.selenium.JavascriptExecutor) d).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
				id, value);
	}
}
