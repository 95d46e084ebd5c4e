package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.smartcourt.casefile.catalogue.SampleFiles;
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
 * Issue 7's journey through the electronic case file: a litigant submits evidence on a phone (the 正卷 only, no
 * horizontal scrolling); the judge finds it in the catalogue (with the 副卷, and on the full catalogue page) and opens it, makes a 传票 from its template, seals it and serves it on the litigant's platform
 * account; the litigant downloads the 传票 (a PDF whose text layer holds the title and the case number) and sees in
 * the access log that the judge opened the evidence. axe-core checks every page on the way.
 */
@IntegrationTest
class CaseFileJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void evidenceFromAPhoneReachesTheJudgeAndTheSummonsAndTheJudgesAccessReachTheLitigant() throws Exception {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String page = "/cases/" + c.id();
		String caseNumber = c.caseNumber().format();
		String judgeName = staffing.byUsername("judge-0104").orElseThrow().name();
		Path photo = Files.createTempFile("iou", ".png");
		Files.write(photo, SampleFiles.png(600, 800));

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go(page);
			assertThat(d.findElement(By.id("casefile-heading")).getText()).isEqualTo("电子卷宗");
			assertThat(d.findElements(By.id("casefile-side"))).as("no 副卷 for a party").isEmpty();
			browser.assertAccessible();
			d.findElement(By.cssSelector("#evidence-block > summary")).click();
			d.findElement(By.id("evidence-name")).sendKeys("借条照片");
			d.findElement(By.id("evidence-purpose")).sendKeys("证明被告向原告借款十万元");
			d.findElement(By.id("evidence-file")).sendKeys(photo.toAbsolutePath().toString());
			browser.clickAndWait(By.id("evidence-submit"));
			assertThat(d.findElement(By.cssSelector("main .alert-ok")).getText()).contains("证据已提交");
			WebElement submitted = evidenceRow(d, "借条照片");
			assertThat(submitted.getText()).contains("证明被告向原告借款十万元").contains("证据材料");
			assertThat(submitted.findElement(By.cssSelector("td.pages")).getText()).isEqualTo("1");
			long width = (Long) ((JavascriptExecutor) d)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(width).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
			browser.assertAccessible();
			browser.screenshot("casefile-litigant-evidence");
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go(page);
			WebElement evidence = evidenceRow(d, "借条照片");
			assertThat(evidence.getText()).contains("证明被告向原告借款十万元").contains("张三");
			Browser.Fetched opened = browser.fetch(evidence.findElement(By.cssSelector("a.download")).getAttribute("href"));
			assertThat(opened.status()).isEqualTo(200);
			assertThat(opened.type()).startsWith("image/png");
			assertThat(d.findElement(By.id("casefile-side")).getText()).contains("副卷");
			assertThat(d.findElement(By.id("casefile-export-side")).getAttribute("href")).endsWith("/casefile/side.pdf");
			browser.assertAccessible();
			browser.go(page + "/casefile");
			assertThat(evidenceRow(d, "借条照片").getText()).contains("证明被告向原告借款十万元");
			browser.assertAccessible();
			browser.screenshot("casefile-judge-catalogue");
			browser.go(page);

			new Select(d.findElement(By.id("draft-template"))).selectByValue("summons");
			new Select(d.findElement(By.id("draft-addressee"))).selectByValue("1");
			browser.clickAndWait(By.id("draft-create"));
			assertThat(d.findElement(By.id("draft-title")).getText()).isEqualTo("传票");
			assertThat(d.findElement(By.id("draft-body")).getDomProperty("value")).contains(caseNumber);
			browser.assertAccessible();
			d.findElement(By.id("issue-seal")).click();
			d.findElement(By.id("issue-deliver")).click();
			browser.clickAndWait(By.id("draft-issue"));
			assertThat(d.findElement(By.id("draft-status")).getText()).isEqualTo("已签发");
			browser.assertAccessible();
		}
		// the service module serves it on the platform once the inbox reports it delivered, after the issue commits
		awaitServed(c);

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go(page);
			WebElement summons = d.findElements(By.cssSelector("#documents li.document")).stream()
				.filter(li -> li.getText().contains("传票"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no 传票 in " + d.findElement(By.id("documents")).getText()));
			Browser.Fetched pdf = browser.fetch(summons.findElement(By.cssSelector("a.download")).getAttribute("href"));
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.type()).startsWith("application/pdf");
			try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
				assertThat(text).contains("传票").contains(caseNumber).contains("张三");
			}

			browser.go(page);
			List<String> accesses = d.findElements(By.cssSelector("#access-log-table tbody tr")).stream()
				.map(WebElement::getText)
				.toList();
			assertThat(accesses).anySatisfy(line -> assertThat(line).contains(judgeName).contains("借条照片"));
			browser.assertAccessible();
			browser.screenshot("casefile-journey-litigant-access-log");
		}
	}

	private void awaitServed(RegisteredCase c) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (jdbc.sql("select count(*) from document_service where case_id = ?").param(c.id().value())
				.query(Long.class)
				.single() > 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the 传票 was never served");
	}

	private static WebElement evidenceRow(WebDriver d, String title) {
		return d.findElements(By.cssSelector("#casefile-main-table tr.material[data-category=EVIDENCE]"))
			.stream()
			.filter(r -> r.findElement(By.cssSelector("td.title")).getText().contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no evidence row " + title + " in "
					+ d.findElement(By.id("casefile-main")).getText()));
	}

}
