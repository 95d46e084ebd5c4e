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

/**
 * The main flow of every other screen, in a real browser, each page checked by axe-core: registration, notices,
 * the fee calculator, password change, the organization admin, second-factor enrolment, and the clerks' queues.
 */
@IntegrationTest
class ScreenTourBrowserTests {

	@LocalServerPort
	int port;

	private static String main(WebDriver d) {
		return d.findElement(By.tagName("main")).getText();
	}

	@Test
	void registrationShowsFieldErrorsOnAPhone() {
		try (Browser browser = Browser.open(port, true)) {
			browser.go("/register");
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("main form button.btn-primary"));
			assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).isNotEmpty();
			browser.assertAccessible();
		}
	}

	@Test
	void aLitigantUsesNoticesTheFeeCalculatorAndPasswordChange() {
		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go("/notices");
			assertThat(browser.heading()).contains("消息");
			browser.assertAccessible();

			browser.go("/fees/calculator");
			browser.assertAccessible();
			new Select(d.findElement(By.id("kind"))).selectByValue("property");
			d.findElement(By.id("amount")).sendKeys("100000");
			browser.clickAndWait(By.cssSelector("main form button.btn-primary"));
			assertThat(main(d)).contains("2300.00").contains("第十三条");
			browser.assertAccessible();

			browser.go("/account/password");
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("main form button.btn-primary"));
			assertThat(d.findElements(By.cssSelector(".field-error"))).isNotEmpty();
			browser.assertAccessible();
		}
	}

	@Test
	void anItAdminAddsADepartmentAndOpensSecondFactorEnrolment() {
		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("it-admin", TestApi.DEMO_PASSWORD);
			browser.go("/admin/organization/courts");
			assertThat(main(d)).contains("吉林省长春市中级人民法院").contains("长春市朝阳区人民法院");
			browser.assertAccessible();
			browser.go("/admin/organization/courts/220104");
			browser.assertAccessible();
			browser.go("/admin/organization/courts/220104/departments/new");
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("main form button.btn-primary"));
			assertThat(d.findElements(By.cssSelector(".field-error"))).isNotEmpty();
			browser.assertAccessible();
			d.findElement(By.id("name")).sendKeys("少年家事审判庭");
			new Select(d.findElement(By.id("kind"))).selectByIndex(1);
			browser.clickAndWait(By.cssSelector("main form button.btn-primary"));
			assertThat(main(d)).contains("少年家事审判庭");

			browser.go("/account/totp");
			browser.assertAccessible();
			browser.go("/organization/court");
			browser.assertAccessible();
		}
	}

	@Test
	void aFilingClerkSeesTheQueueIntakeAndReport() {
		try (Browser browser = Browser.open(port, false)) {
			browser.signIn("filing-clerk", TestApi.DEMO_PASSWORD);
			for (String page : new String[] { "/clerk/filings", "/clerk/intake", "/clerk/cross-domain" }) {
				browser.go(page);
				assertThat(browser.heading()).isNotBlank();
				browser.assertAccessible();
			}
		}
	}
}
