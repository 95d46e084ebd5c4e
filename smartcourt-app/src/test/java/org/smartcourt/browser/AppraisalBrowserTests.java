package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.appraisal.internal.LateReports;
import org.smartcourt.appraisal.internal.AppraisalRoster;
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
 * Issue 9's appraisal journey: the judge requests an appraisal on the case page; the appraisal office schedules and
 * runs the random draw while the litigant watches it live on the portal; the draw replays as 一致; the institution
 * accepts in its portal with the 承诺书; time passes the 鉴定期限 and the late-report task flags it (已逾期 in the office's
 * queue); the litigant asks for another institution and the office re-draws a different one. axe-core checks every
 * page on the way.
 */
@IntegrationTest
class AppraisalBrowserTests {

	private static final String FIELD = "forensic-toxicology";
	private static final String DEMO_INSTITUTION = "长春正衡司法鉴定中心";

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AppraisalRoster roster;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	LateReports late;

	@Test
	void anAppraisalDrawnAtRandomIsReportedLateAndReselected() {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHANGCHUN,
				Procedure.SIMPLIFIED, "litigant", "judge", "assistant", "clerk");
		// only the demo institution (the portal account appraisal-institution) may be drawn first in this field
		jdbc.sql("""
				delete from appraisal_institution_field where field_code = ? and institution_id in
				  (select id from appraisal_institution where court_id = '220100')""").param(FIELD).update();
		jdbc.sql("""
				insert into appraisal_institution_field (institution_id, field_code)
				select id, ? from appraisal_institution where account_username = 'appraisal-institution'""")
			.param(FIELD).update();
		UUID id;

		try (Browser judge = Browser.open(port, false)) {
			WebDriver d = judge.driver();
			judge.signIn("judge", TestApi.DEMO_PASSWORD);
			judge.go("/cases/" + c.id());
			assertThat(d.findElement(By.id("appraisal-heading")).getText()).isEqualTo("司法鉴定");
			judge.assertAccessible();
			d.findElement(By.cssSelector("#appraisal-request-block > summary")).click();
			d.findElement(By.id("appraisal-matter")).sendKeys("血液中乙醇含量");
			d.findElement(By.id("appraisal-scope")).sendKeys("事故当日提取的血样");
			d.findElement(By.id("appraisal-purpose")).sendKeys("确定驾驶人是否饮酒");
			new Select(d.findElement(By.id("appraisal-field"))).selectByValue(FIELD);
			d.findElement(By.id("appraisal-materials")).sendKeys("血样提取笔录、血样");
			judge.clickAndWait(By.id("appraisal-request-submit"));
			assertThat(d.findElement(By.id("entrustment-status")).getText()).isEqualTo("待选择");
			id = UUID.fromString(d.getCurrentUrl().replaceAll(".*/appraisal/([0-9a-f-]{36}).*", "$1"));
			judge.assertAccessible();
		}

		try (Browser office = Browser.open(port, false); Browser litigant = Browser.open(port, true)) {
			WebDriver o = office.driver();
			office.signIn("appraisal", TestApi.DEMO_PASSWORD);
			office.go("/appraisal");
			assertThat(o.findElement(By.id("queue-selecting")).getText()).contains("血液中乙醇含量");
			office.assertAccessible();
			office.go("/appraisal/" + id);
			assertThat(o.findElement(By.id("candidates")).getText()).contains(DEMO_INSTITUTION);
			office.assertAccessible();
			office.clickAndWait(By.id("draw-schedule-submit"));
			assertThat(o.findElement(By.id("entrustment-status")).getText()).isEqualTo("待摇号");

			WebDriver l = litigant.driver();
			litigant.signIn("litigant", TestApi.DEMO_PASSWORD);
			litigant.go("/my/appraisals/" + id);
			assertThat(l.findElement(By.id("draw-pending")).getText()).contains("随机摇号");
			assertThat(l.findElement(By.id("candidates")).getText()).contains(DEMO_INSTITUTION);
			litigant.assertAccessible();

			office.clickAndWait(By.id("draw-submit"));
			assertThat(o.findElement(By.id("current-institution")).getText()).isEqualTo(DEMO_INSTITUTION);
			assertThat(o.findElement(By.id("draws-table")).getText()).contains("原告：在线到场");
			office.assertAccessible();
			// the litigant's open page shows the result without reloading (htmx polling)
			new WebDriverWait(l, Duration.ofSeconds(20))
				.until(x -> !x.findElements(By.id("draw-result")).isEmpty());
			assertThat(l.findElement(By.id("draw-result")).getText()).contains(DEMO_INSTITUTION);
			litigant.assertAccessible();

			office.clickAndWait(By.cssSelector("a.replay-link"));
			assertThat(o.findElement(By.id("replay-verdict")).getText()).startsWith("一致");
			office.assertAccessible();
		}

		try (Browser institution = Browser.open(port, false)) {
			WebDriver d = institution.driver();
			institution.signIn("appraisal-institution", TestApi.DEMO_PASSWORD);
			institution.go("/institution");
			assertThat(d.findElement(By.id("institution-entrustments")).getText()).contains("血液中乙醇含量");
			institution.assertAccessible();
			institution.go("/institution/entrustments/" + id);
			assertThat(d.findElement(By.cssSelector("a.letter-link")).getAttribute("href")).contains("/files/");
			institution.assertAccessible();
			d.findElement(By.id("undertaking")).click();
			d.findElement(By.id("fee-quoted")).sendKeys("2800");
			institution.clickAndWait(By.id("accept-submit"));
			assertThat(d.findElement(By.id("entrustment-status")).getText()).isEqualTo("鉴定中");
			institution.assertAccessible();
		}

		// time moves past the 鉴定期限: the institution accepted 80 days ago; the daily task flags the entrustment
		jdbc.sql("update appraisal_assignment set accepted_on = current_date - 80 where entrustment_id = ?").param(id)
			.update();
		late.run();
		String other = "测试毒物鉴定所" + UUID.randomUUID().toString().substring(0, 4);
		new org.smartcourt.appraisal.AppraisalTestRoster(roster, accounts).qualified(other, FIELD);

		try (Browser office = Browser.open(port, false)) {
			WebDriver o = office.driver();
			office.signIn("appraisal", TestApi.DEMO_PASSWORD);
			office.go("/appraisal");
			assertThat(o.findElement(By.id("queue-overdue")).getText()).contains("血液中乙醇含量").contains("已逾期");
			office.assertAccessible();
			office.go("/appraisal/" + id);
			assertThat(o.findElement(By.id("entrustment-status")).getText()).isEqualTo("已逾期");
		}

		try (Browser litigant = Browser.open(port, true)) {
			WebDriver l = litigant.driver();
			litigant.signIn("litigant", TestApi.DEMO_PASSWORD);
			litigant.go("/my/appraisals/" + id);
			assertThat(l.findElement(By.id("entrustment-status")).getText()).isEqualTo("已逾期");
			litigant.assertAccessible();
			litigant.clickAndWait(By.id("reselection-request-submit"));
			assertThat(l.findElement(By.id("reselection-requested")).getText()).contains("重新委托");
			litigant.assertAccessible();
		}

		try (Browser office = Browser.open(port, false)) {
			WebDriver o = office.driver();
			office.signIn("appraisal", TestApi.DEMO_PASSWORD);
			office.go("/appraisal/" + id);
			office.clickAndWait(By.id("reselect-submit"));
			assertThat(o.findElement(By.id("current-institution")).getText()).isEqualTo(other).isNotEqualTo(DEMO_INSTITUTION);
			assertThat(o.findElement(By.id("progress")).getText()).contains("逾期，已另行委托").contains("应退还");
			office.assertAccessible();
			office.screenshot("appraisal-reselected");
			office.go("/appraisal/roster");
			assertThat(o.findElement(By.id("roster-table")).getText()).contains(DEMO_INSTITUTION).contains("不能被选择");
			office.assertAccessible();
			office.clickAndWait(By.linkText(DEMO_INSTITUTION));
			assertThat(o.findElement(By.id("institution-record")).getText()).contains("逾期");
			office.assertAccessible();
		}
	}
}
