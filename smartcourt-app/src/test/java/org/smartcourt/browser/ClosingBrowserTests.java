package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
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
 * From judgment to archive on the case page: the judge records and uploads the judgment, pronounces it, serves it on
 * both parties and closes the case; the clerk archives it; the litigant follows on a phone and downloads the
 * judgment. axe-core checks every page.
 */
@IntegrationTest
class ClosingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aJudgmentIsPronouncedServedClosedAndArchivedAndTheLitigantSeesItOnAPhone() throws Exception {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String page = "/cases/" + c.id();
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		Path pdf = Files.createTempFile("judgment", ".pdf");
		Files.write(pdf, ("%PDF-1.4\n% " + UUID.randomUUID() + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII));

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go(page);
			browser.assertAccessible();

			open(d, "#documents > details > summary");
			new Select(d.findElement(By.id("document-kind"))).selectByValue("JUDGMENT");
			d.findElement(By.id("document-title")).sendKeys("民事判决书");
			setDate(d, "document-signed-on", today);
			d.findElement(By.id("document-file")).sendKeys(pdf.toAbsolutePath().toString());
			browser.clickAndWait(By.cssSelector("#documents > details form button[type=submit]"));
			assertThat(notice(d)).contains("文书已记录");
			browser.assertAccessible();

			// closing before pronouncement is refused with what is missing
			browser.clickAndWait(By.id("close-case"));
			assertThat(d.findElement(By.cssSelector("#closing .alert-error")).getText()).contains("还缺少1项材料")
				.contains("判决书尚未宣判");
			browser.assertAccessible();

			open(d, "#closing details:first-of-type > summary");
			setDate(d, "pronounce-date", today);
			new Select(d.findElement(By.id("pronounce-mode"))).selectByValue("IN_COURT");
			browser.clickAndWait(By.cssSelector("#closing form[action$='/pronouncement'] button[type=submit]"));
			assertThat(d.findElement(By.id("docket")).getText()).contains("当庭宣判：民事判决书");

			for (String seq : new String[] { "1", "3" }) {
				open(d, "#documents li.document details > summary");
				new Select(d.findElement(By.id("service-party-0"))).selectByValue(seq);
				new Select(d.findElement(By.id("service-method-0"))).selectByValue("PERSONAL");
				setDate(d, "service-date-0", today);
				browser.clickAndWait(By.cssSelector("#documents li.document form button[type=submit]"));
				assertThat(notice(d)).contains("送达已记录");
			}
			assertThat(d.findElement(By.cssSelector("#documents li.document")).getText()).contains("张三：直接送达")
				.contains("李四：直接送达");

			new Select(d.findElement(By.id("closing-method-select"))).selectByValue("JUDGMENT");
			d.findElement(By.id("closing-amount")).sendKeys("12000");
			browser.clickAndWait(By.id("close-case"));
			assertThat(d.findElement(By.id("case-stage")).getText()).isEqualTo("已结案");
			assertThat(d.findElement(By.id("closing-method")).getText()).isEqualTo("判决");
			assertThat(d.findElement(By.id("closing-date")).getText()).isEqualTo(today);
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("clerk-0104", TestApi.DEMO_PASSWORD);
			browser.go(page);
			assertThat(d.findElement(By.id("closing")).getText()).contains("电子卷宗完整，可以归档");
			browser.clickAndWait(By.id("archive-case"));
			assertThat(d.findElement(By.id("case-stage")).getText()).isEqualTo("已归档");
			assertThat(d.findElement(By.id("archive-number")).getText()).matches("吉0104-\\d{4}-民-\\d{6}");
			assertThat(d.findElements(By.cssSelector("#documents > details"))).isEmpty();
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go("/cases/mine");
			assertThat(d.findElement(By.cssSelector("main")).getText()).contains(c.caseNumber().format()).contains("已归档");
			browser.assertAccessible();
			browser.screenshot("closing-litigant-mine");

			browser.go(page);
			assertThat(d.findElement(By.id("progress-stage-name")).getText()).isEqualTo("已归档");
			assertThat(d.findElement(By.id("progress")).getText()).contains("12368").contains("承办法官");
			assertThat(d.findElement(By.id("closing-result")).getText()).contains("判决").contains("12000.00元");
			String documents = d.findElement(By.id("documents")).getText();
			assertThat(documents).contains("民事判决书").contains("张三：直接送达");
			assertThat(d.findElement(By.cssSelector("#documents a.download")).getAttribute("href"))
				.contains(page + "/documents/");
			assertThat(d.findElements(By.cssSelector("#documents form"))).isEmpty();
			assertThat(d.findElements(By.cssSelector("#closing form"))).isEmpty();
			long width = (Long) ((JavascriptExecutor) d)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(width).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
			browser.assertAccessible();
			browser.screenshot("closing-litigant-case");
		}
	}

	/** The page's notice, or what the page says instead when there is none. */
	private static String notice(WebDriver d) {
		return d.findElements(By.cssSelector("main .alert-ok"))
			.stream()
			.findFirst()
			.map(e -> e.getText())
			.orElseGet(() -> d.getCurrentUrl() + "\n" + d.findElement(By.tagName("body")).getText());
	}

	private static void open(WebDriver d, String summary) {
		d.findElement(By.cssSelector(summary)).click();
	}

	/** Date inputs take typed text differently per locale; set the ISO value the form submits. */
	private static void setDate(WebDriver d, String id, String value) {
		((JavascriptExecutor) d).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				value);
	}
}
