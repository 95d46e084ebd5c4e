package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.supervision.internal.StatisticsCatchUp;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's supervision journey in the browser: the president of 朝阳区 opens the 审判质效 board, goes to the
 * overdue cases (超审限), opens one, flags it as a four-kind case (重大、疑难、复杂、敏感) and asks for a progress
 * report; the 承办法官 sees the request on the case page and answers it; the president reads the answer. axe-core
 * checks every page on the way.
 */
@IntegrationTest
class OversightBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatisticsCatchUp catchUp;

	/** A case of judge-0104 whose 审限 ended three days ago. */
	private RegisteredCase overdueCase() {
		CaseFixtures fixtures = new CaseFixtures(registry, staffing, jdbc);
		RegisteredCase c = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant",
				"judge-0104", null, null);
		Date due = Date.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3));
		int updated = jdbc.sql("update case_clock set due_on = ? where case_id = ?").params(due, c.id().value()).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into case_clock (case_id, rule, start_on, due_on, status, excluded_days, extensions,
					  explanation, computed_on, computed_at) values (?, 'CIVIL_SIMPLIFIED', ?, ?, 'OVERDUE', 0, 0, '', ?, now())""")
				.params(c.id().value(), Date.valueOf(c.registeredOn()), due, due)
				.update();
		}
		fixtures.markForStatistics(c);
		catchUp.run();
		return c;
	}

	@Test
	void thePresidentFlagsAnOverdueCaseAndAsksForAReportWhichTheJudgeAnswers() {
		RegisteredCase c = overdueCase();
		String number = c.caseNumber().format();

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("president-0104", TestApi.DEMO_PASSWORD);
			browser.go("/supervision");
			browser.clickAndWait(By.id("board-watch-OVERDUE"));
			assertThat(d.findElement(By.id("watch-table")).getText()).contains(number).contains("审限已于");
			browser.assertAccessible();
			browser.clickAndWait(By.linkText(number));
			assertThat(browser.heading()).contains(number);
			browser.assertAccessible();

			new Select(d.findElement(By.id("flag-kind"))).selectByValue("MAJOR_COMPLEX");
			browser.clickAndWait(By.id("flag-submit"));
			assertThat(d.findElement(By.id("flag-reason-error")).getText()).contains("请写明理由");
			browser.assertAccessible();
			new Select(d.findElement(By.id("flag-kind"))).selectByValue("MAJOR_COMPLEX");
			d.findElement(By.id("flag-reason")).sendKeys("超审限且涉及众多购房户");
			browser.clickAndWait(By.id("flag-submit"));
			assertThat(d.findElement(By.id("oversight-done")).getText()).contains("已标注");
			assertThat(d.findElement(By.id("flags")).getText()).contains("重大、疑难、复杂、敏感").contains("超审限且涉及众多购房户");

			new Select(d.findElement(By.id("act-kind"))).selectByValue("PROGRESS_REPORT");
			d.findElement(By.id("act-note")).sendKeys("请于三日内报告超审限原因及结案计划");
			browser.clickAndWait(By.id("act-submit"));
			assertThat(d.findElement(By.id("acts")).getText()).contains("要求报告审理进展").contains("待承办法官答复");
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go("/cases/" + c.id());
			assertThat(d.findElement(By.id("case-supervision")).getText()).contains("重大、疑难、复杂、敏感")
				.contains("要求报告审理进展");
			browser.assertAccessible();
			browser.clickAndWait(By.id("case-supervision-open"));
			d.findElement(By.id("answer-0")).sendKeys("因鉴定延误，已催告鉴定机构，预计本月结案");
			browser.clickAndWait(By.id("answer-submit-0"));
			assertThat(d.findElement(By.id("oversight-done")).getText()).contains("已答复");
			assertThat(d.findElement(By.id("acts")).getText()).contains("因鉴定延误");
			assertThat(d.findElements(By.id("act-form"))).isEmpty();
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("president-0104", TestApi.DEMO_PASSWORD);
			browser.go("/supervision/oversight/" + c.id());
			assertThat(d.findElement(By.id("acts")).getText()).contains("沈法官答复：因鉴定延误");
			browser.go("/supervision/watch?list=flagged");
			assertThat(d.findElement(By.id("watch-table")).getText()).contains(number);
			browser.assertAccessible();
			Browser.Fetched xlsx = browser.fetch(d.findElement(By.id("watch-xlsx")).getAttribute("href"));
			assertThat(xlsx.status()).isEqualTo(200);
			assertThat(new String(xlsx.bytes(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
			browser.go("/supervision/judges");
			assertThat(d.findElement(By.id("judges-table")).getText()).contains("沈法官");
			browser.assertAccessible();
		}
	}
}
