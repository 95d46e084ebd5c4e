package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real browser: each role signs in and lands on its own home page; the pages pass axe-core. */
@IntegrationTest
class SignInBrowserTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "judge,王立新，您好,false", "it-admin,卫技术，您好,false", "litigant,我的案件,true",
			"filing-clerk-0104,蒋立案，您好,true" })
	void eachRoleLandsOnItsHomePage(String username, String heading, boolean phone) {
		try (Browser browser = Browser.open(port, phone)) {
			browser.go("/login");
			assertThat(browser.heading()).isEqualTo("用户登录");
			browser.assertAccessible();
			browser.signIn(username, TestApi.DEMO_PASSWORD);
			assertThat(browser.heading()).isEqualTo(heading);
			browser.screenshot("home-" + username + (phone ? "-phone" : ""));
			assertThat(browser.driver().findElement(By.cssSelector(".userbox")).getText()).contains("退出登录");
			browser.assertAccessible();
		}
	}

	@Test
	void navigationShowsOnlyWhatTheRoleMayUse() {
		try (Browser browser = Browser.open(port, false)) {
			browser.signIn("it-admin", TestApi.DEMO_PASSWORD);
			assertThat(browser.driver().findElement(By.cssSelector("nav.sidenav")).getText()).contains("审计日志");
			browser.go("/admin/audit");
			assertThat(browser.heading()).isEqualTo("审计日志");
			assertThat(browser.driver().findElement(By.cssSelector("table.data")).getText()).contains("account.login");
			browser.assertAccessible();
		}
		try (Browser browser = Browser.open(port, false)) {
			browser.signIn("judge", TestApi.DEMO_PASSWORD);
			assertThat(browser.driver().findElement(By.cssSelector("nav.sidenav")).getText()).doesNotContain("审计日志");
			browser.go("/admin/audit");
			assertThat(browser.heading()).contains("无权操作");
		}
	}

	@Test
	void anItAdminOpensAStaffAccountThroughTheForm() {
		try (Browser browser = Browser.open(port, false)) {
			browser.signIn("it-admin", TestApi.DEMO_PASSWORD);
			browser.go("/admin/accounts");
			assertThat(browser.heading()).isEqualTo("账号管理");
			browser.assertAccessible();
			browser.driver().findElement(By.id("username")).sendKeys("BAD NAME");
			browser.driver().findElement(By.id("displayName")).sendKeys("浏览器测试");
			browser.driver().findElement(By.id("initialPassword")).sendKeys("weak");
			browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
			assertThat(browser.driver().findElement(By.id("username-error")).getText()).contains("小写字母开头");
			assertThat(browser.driver().findElement(By.id("initialPassword-error")).getText()).contains("至少8位");
			assertThat(browser.driver().findElement(By.id("username")).getAttribute("aria-invalid")).isEqualTo("true");
			browser.assertAccessible();

			browser.driver().findElement(By.id("username")).clear();
			browser.driver().findElement(By.id("username")).sendKeys("clerk-browser");
			browser.driver().findElement(By.id("initialPassword")).sendKeys("Browser#2026");
			browser.clickAndWait(By.cssSelector("form.form button[type=submit]"));
			assertThat(browser.driver().findElement(By.cssSelector("[role=status]")).getText())
				.contains("clerk-browser");
			browser.screenshot("admin-accounts");
		}
	}

	@Test
	void aWrongPasswordShowsAChineseMessage() {
		try (Browser browser = Browser.open(port, true)) {
			browser.signIn("clerk", "Wrong#Pass1");
			assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
				.contains("用户名或密码错误");
			browser.assertAccessible();
		}
	}
}
