package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 8's notification screens: a person sets their channels (送达 fixed, with the reason), quiet hours and
 * mobile, with a field error on the way; the IT admin's template editor refuses an unknown placeholder in Chinese;
 * the dead-letter view shows a dead delivery with its reason and 重新发送 requeues it; the development outbox. axe-core
 * checks every page.
 */
@IntegrationTest
class NotificationsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonChoosesChannelsQuietHoursAndMobileButCannotSwitchOffService() {
		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("appraisal", TestApi.DEMO_PASSWORD);
			browser.go("/notices");
			browser.clickAndWait(By.id("preferences-link"));
			assertThat(browser.heading()).isEqualTo("通知设置");
			browser.assertAccessible();

			WebElement serviceInApp = d.findElement(By.id("ch-SERVICE-IN_APP"));
			assertThat(serviceInApp.isSelected()).isTrue();
			assertThat(serviceInApp.isEnabled()).isFalse();
			assertThat(d.findElement(By.id("mandatory-reason")).getText()).contains("第三十二条");

			d.findElement(By.id("ch-CASE_PROGRESS-SMS")).click();
			d.findElement(By.id("mobile")).sendKeys("13900000088");
			setTime(d, "quietStart", "22:00");
			browser.clickAndWait(By.id("save-preferences"));
			assertThat(d.findElement(By.id("quietStart")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(d.findElement(By.id("quietStart-error")).getText()).contains("免打扰时段");
			browser.assertAccessible();

			setTime(d, "quietStart", "22:00");
			setTime(d, "quietEnd", "07:30");
			if (!d.findElement(By.id("ch-CASE_PROGRESS-SMS")).isSelected()) {
				d.findElement(By.id("ch-CASE_PROGRESS-SMS")).click();
			}
			browser.clickAndWait(By.id("save-preferences"));
			assertThat(d.findElement(By.cssSelector("main .alert-ok")).getText()).isEqualTo("通知设置已保存。");
			assertThat(d.findElement(By.id("ch-CASE_PROGRESS-SMS")).isSelected()).isTrue();
			assertThat(d.findElement(By.id("ch-SERVICE-SMS")).isSelected()).as("a mobile now: SMS for 送达").isTrue();
			assertThat(d.findElement(By.id("quietEnd")).getAttribute("value")).isEqualTo("07:30");
			browser.screenshot("notification-preferences");
		}
	}

	@Test
	void theItAdminEditsTemplatesAndRequeuesADeadDelivery() {
		String key = "browser-dead:" + UUID.randomUUID();
		MessageId dead = tx.execute(s -> notifications.send(new Message(key,
				Recipient.addresses(null, "13912345678", null), "filing.forwarded", Map.of("dueOn", "2026-12-09"),
				"/filings", Set.of(Channel.EMAIL))));
		UUID delivery = jdbc.sql("select id from notification_delivery where message_id = ?").param(dead.value())
			.query(UUID.class).single();

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("it-admin", TestApi.DEMO_PASSWORD);
			browser.go("/admin/notification-templates");
			assertThat(browser.heading()).isEqualTo("通知模板");
			browser.assertAccessible();
			browser.clickAndWait(By.id("edit-filing-forwarded"));
			WebElement text = d.findElement(By.id("text"));
			assertThat(text.getAttribute("value")).startsWith("category: CASE_PROGRESS");
			text.sendKeys("承办人：{judgeName}");
			browser.clickAndWait(By.id("save-template"));
			assertThat(d.findElement(By.id("text")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(d.findElement(By.id("text-error")).getText()).isEqualTo("未知的占位符 {judgeName}：调用方不提供此值。");
			browser.assertAccessible();

			browser.go("/admin/notification-outbox");
			new Select(d.findElement(By.id("status"))).selectByValue("DEAD");
			browser.clickAndWait(By.cssSelector("main form.inline-form button[type=submit]"));
			WebElement row = d.findElement(By.id("delivery-" + delivery));
			assertThat(row.getText()).contains("已放弃", "电子邮件", "没有电子邮箱地址", "跨域立案已转交");
			browser.assertAccessible();
			browser.clickAndWait(By.id("requeue-" + delivery));
			assertThat(d.findElement(By.cssSelector("main .alert-ok")).getText()).isEqualTo("已重新加入发送队列。");
			browser.screenshot("notification-outbox");

			browser.go("/dev/notification-outbox");
			assertThat(browser.heading()).isEqualTo("通知发件箱（开发）");
			browser.assertAccessible();
		}
		assertThat(jdbc.sql("select count(*) from notification_template_version where code = 'filing.forwarded'")
			.query(Long.class).single()).as("nothing saved").isEqualTo(1);
	}

	/** Types a time into an {@code <input type=time>} the way a person does, independent of the locale's format. */
	private static void setTime(WebDriver d, String id, String hhmm) {
		((org.openqa.selenium.JavascriptExecutor) d).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
				id, hhmm);
	}
}
