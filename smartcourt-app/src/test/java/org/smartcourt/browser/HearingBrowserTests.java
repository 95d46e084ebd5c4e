package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.hearings.HearingSlots;
import org.smartcourt.organization.Staffing;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A judge finds a free slot on the case page, schedules the hearing from it, finds it on the court's calendar, and
 * the public 开庭公告 lists it without signing in; every page passes axe-core.
 */
@IntegrationTest
class HearingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aJudgeSchedulesFromASuggestionAndThePublicSeesTheAnnouncement() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String number = c.caseNumber().format();
		LocalDate from = HearingSlots.browserFrom();
		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go("/cases/" + c.id());
			assertThat(d.findElement(By.id("hearings-heading")).getText()).isEqualTo("庭审");
			browser.assertAccessible();

			((JavascriptExecutor) d).executeScript("document.getElementById('slotFrom').value = arguments[0];",
					from.toString());
			d.findElement(By.id("slotMinutes")).clear();
			d.findElement(By.id("slotMinutes")).sendKeys("90");
			browser.clickAndWait(By.id("find-slots"));
			String slot = d.findElement(By.cssSelector("#slots li time")).getAttribute("datetime");
			assertThat(LocalDate.parse(slot.substring(0, 10))).isAfterOrEqualTo(from);
			browser.assertAccessible();

			browser.clickAndWait(By.cssSelector("#slots li button"));
			assertThat(d.findElement(By.id("hearing-done")).getText()).contains("已排期");
			assertThat(d.findElement(By.id("hearings-upcoming")).getText()).contains(slot.substring(0, 10),
					"沈法官");
			assertThat(d.findElement(By.id("docket")).getText()).contains("开庭排期");
			browser.assertAccessible();
			browser.screenshot("hearings-case-section");

			browser.go("/hearings/calendar?view=week&date=" + slot.substring(0, 10));
			assertThat(browser.heading()).isEqualTo("庭审日历");
			assertThat(d.findElement(By.tagName("main")).getText()).contains(number);
			browser.assertAccessible();
			browser.screenshot("hearings-calendar-week");

			browser.go("/hearings/today");
			assertThat(browser.heading()).isEqualTo("今日开庭");
			browser.assertAccessible();

			d.manage().deleteAllCookies();
			browser.go("/public/hearings");
			assertThat(browser.heading()).isEqualTo("开庭公告");
			assertThat(d.findElement(By.id("announcements")).getText()).contains(number, "长春市朝阳区人民法院");
			browser.assertAccessible();
			browser.screenshot("hearings-public-announcements");
		}
	}
}
