package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.smartcourt.preservation.internal.PreservationWatch;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9's preservation journey: the litigant applies for pre-suit preservation with security on the portal (a
 * first try without security is refused, citing 民诉法第一百零四条); the judge sees the 48-hour clock in the queue and
 * grants, freezing a bank deposit, and records the freeze; the applicant sees the expiry date one year on, and the
 * written 保全期限告知书 says it too; time moves on to seven days before expiry: the warning is sent and shown, the
 * applicant asks for renewal and the judge renews; the new expiry appears. axe-core checks every page on the way.
 */
@IntegrationTest
class PreservationBrowserTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter CHINESE_DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PreservationWatch watch;

	@Test
	void aPreSuitFreezeIsRuledWithinFortyEightHoursToldInWritingWarnedAndRenewed() throws Exception {
		String respondent = "长春某商贸有限公司" + UUID.randomUUID().toString().substring(0, 4);
		LocalDate today = LocalDate.now(ZONE);
		String detailPath;

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go("/my/preservation");
			assertThat(browser.heading()).isEqualTo("财产保全");
			browser.assertAccessible();
			new Select(d.findElement(By.id("pv-courtId"))).selectByValue("220104");
			type(d, "pv-applicantName", "张三");
			type(d, "pv-applicantIdNumber", "220104198001011234");
			type(d, "pv-applicantAddress", "长春市朝阳区人民大街1号");
			type(d, "pv-applicantContact", "13900000001");
			type(d, "pv-respondentName", respondent);
			type(d, "pv-respondentAddress", "长春市南关区大马路2号");
			type(d, "pv-claim", "请求冻结被申请人银行存款人民币100000元");
			type(d, "pv-grounds", "被申请人欠货款100000元，正在转移财产。");
			type(d, "pv-amount", "100000");
			type(d, "pv-description0", "中国工商银行长春朝阳支行账户");
			type(d, "pv-identifier0", "6222020000000001");
			type(d, "pv-value0", "150000");
			browser.clickAndWait(By.id("application-submit"));
			assertThat(d.findElement(By.id("pv-securityKind-error")).getText()).contains("第一百零四条");
			assertThat(d.findElement(By.id("pv-securityKind")).getAttribute("aria-invalid")).isEqualTo("true");
			browser.assertAccessible();

			new Select(d.findElement(By.id("pv-securityKind"))).selectByValue("LIABILITY_INSURANCE");
			type(d, "pv-securityAmount", "100000");
			type(d, "pv-securityProvider", "中国人民财产保险股份有限公司吉林省分公司");
			type(d, "pv-securityReference", "PICC-2026-0001");
			browser.clickAndWait(By.id("application-submit"));
			assertThat(d.findElement(By.id("application-status")).getText()).isEqualTo("待裁定");
			assertThat(d.findElement(By.id("review-case")).getText()).contains("吉0104财保");
			assertThat(d.findElement(By.id("application-fee")).getText()).contains("待交纳", "第十四条第（二）项");
			assertThat(d.findElement(By.id("ruling-clock")).getText()).contains("剩余4");
			detailPath = new java.net.URI(d.getCurrentUrl()).getPath();
			browser.assertAccessible();
			browser.screenshot("preservation-applied");
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go("/preservation");
			WebElement row = d.findElements(By.cssSelector("#queue-table tr.application"))
				.stream()
				.filter(r -> r.getText().contains(respondent))
				.findFirst()
				.orElseThrow();
			assertThat(row.findElement(By.cssSelector("td.clock")).getText()).contains("剩余4").contains("小时");
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("#queue-table tr.application[data-id='" + detailPath.substring(detailPath.lastIndexOf('/') + 1) + "'] a.application-link"));
			browser.assertAccessible();
			assertThat(d.findElement(By.id("amount-1")).getAttribute("value")).isEqualTo("100000.00");
			browser.clickAndWait(By.id("rule-grant"));
			assertThat(d.findElement(By.id("application-status")).getText()).isEqualTo("已裁定保全，待执行");
			assertThat(d.findElement(By.id("enforcement-case")).getText()).contains("吉0104执保");
			browser.assertAccessible();
			browser.clickAndWait(By.id("enforce"));
			assertThat(d.findElement(By.id("application-status")).getText()).isEqualTo("已执行");
			assertThat(d.findElement(By.cssSelector("#measures-table .expiry-date")).getText())
				.isEqualTo(today.plusYears(1).toString());
			browser.assertAccessible();
		}
		Boolean inTime = jdbc.sql("select ruled_at < ruling_due_at from preservation_application where respondent_name = ?")
			.param(respondent)
			.query(Boolean.class)
			.single();
		assertThat(inTime).as("ruled within 48 hours").isTrue();

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go(detailPath);
			assertThat(d.findElement(By.cssSelector("#measures-table .expiry-date")).getText())
				.isEqualTo(today.plusYears(1).toString());
			WebElement notice = d.findElements(By.cssSelector("#documents a.document"))
				.stream()
				.filter(a -> "EXPIRY_NOTICE".equals(a.getAttribute("data-kind")))
				.findFirst()
				.orElseThrow();
			Browser.Fetched pdf = browser.fetch(notice.getAttribute("href"));
			assertThat(pdf.status()).isEqualTo(200);
			try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
				String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
				assertThat(text).contains("保全期限告知书", CHINESE_DAY.format(today.plusYears(1)), "届满七日前");
			}
			browser.assertAccessible();
		}

		// time moves on: the freeze now started a year less seven days ago, so it expires in seven days
		LocalDate expiry = today.plusDays(7);
		jdbc.sql("""
				update preservation_measure set start_date = ?, expiry_date = ?
				where application_id = (select id from preservation_application where respondent_name = ?)""")
			.params(expiry.minusYears(1), expiry, respondent)
			.update();
		watch.daily(today);
		long warnings = jdbc.sql("""
				select count(*) from notification_message where delivery_key like 'preservation:expiry-warning:%:7:litigant'
				and body like ?""").param("%" + CHINESE_DAY.format(expiry) + "%").query(Long.class).single();
		assertThat(warnings).as("the seven-day warning went to the applicant").isEqualTo(1);

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go(detailPath);
			assertThat(d.findElement(By.cssSelector("#measures-table .expiry-warning")).getText()).contains("剩余7日",
					"续行保全");
			assertThat(d.findElement(By.id("history")).getText()).contains("已提醒申请人");
			browser.assertAccessible();
			browser.clickAndWait(By.id("renewal-request-1"));
			assertThat(d.findElement(By.cssSelector("#measures-table .renewal-requested")).getText()).contains("已申请续行");
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go("/preservation?filter=EXPIRING");
			assertThat(d.findElement(By.id("queue-table")).getText()).contains(respondent);
			browser.assertAccessible();
			browser.go(detailPath);
			browser.clickAndWait(By.id("renew-1"));
			assertThat(d.findElement(By.cssSelector("#measures-table .expiry-date")).getText())
				.isEqualTo(expiry.plusYears(1).toString());
			browser.assertAccessible();
			browser.screenshot("preservation-renewed");
		}

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go(detailPath);
			assertThat(d.findElement(By.cssSelector("#measures-table .expiry-date")).getText())
				.isEqualTo(expiry.plusYears(1).toString());
			assertThat(d.findElements(By.cssSelector("#measures-table .expiry-warning"))).isEmpty();
			browser.assertAccessible();
		}
	}

	private static void type(WebDriver d, String id, String text) {
		WebElement e = d.findElement(By.id(id));
		e.clear();
		e.sendKeys(text);
	}
}
