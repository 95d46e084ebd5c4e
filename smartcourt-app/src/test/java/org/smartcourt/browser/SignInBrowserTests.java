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
	void aWrongPasswordShowsAChineseMessage() {
		try (Browser browser = Browser.open(port, true)) {
			browser.signIn("clerk", "Wrong#Pass1");
			assertThat(browser.driver().findElement(By.cssSelector("[role=alert]")).getText())
				.contains("用户名或密码错误");
			browser.assertAccessible();
		}
	}
}
