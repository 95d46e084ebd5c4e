package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * 举证 on a phone: the litigant opens the case page on a 390×844 screen, submits a photo of the IOU with its name and
 * purpose, and sees it in the 正卷 catalogue; the judge then sees it in the catalogue with the submitter, and the 副卷
 * the litigant never saw. axe-core checks every page.
 */
@IntegrationTest
class CaseFileBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLitigantSubmitsEvidenceOnAPhoneAndTheJudgeSeesItInTheCatalogue() throws Exception {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		String page = "/cases/" + c.id();
		Path photo = Files.createTempFile("iou", ".png");
		Files.write(photo, SampleFiles.png(600, 800));

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go(page);
			assertThat(d.findElement(By.id("casefile-heading")).getText()).isEqualTo("电子卷宗");
			assertThat(d.findElements(By.id("casefile-side"))).isEmpty();
			browser.assertAccessible();

			d.findElement(By.cssSelector("#evidence-block > summary")).click();
			d.findElement(By.id("evidence-name")).sendKeys("借条照片");
			d.findElement(By.id("evidence-purpose")).sendKeys("证明被告向原告借款十万元");
			d.findElement(By.id("evidence-file")).sendKeys(photo.toAbsolutePath().toString());
			browser.clickAndWait(By.id("evidence-submit"));
			assertThat(d.findElement(By.cssSelector("main .alert-ok")).getText()).contains("证据已提交");

			WebElement row = evidenceRow(d, "借条照片");
			assertThat(row.getText()).contains("证明被告向原告借款十万元").contains("张三").contains("证据材料");
			assertThat(row.findElement(By.cssSelector("td.pages")).getText()).isEqualTo("1");
			assertThat(row.findElement(By.cssSelector("a.download")).getAttribute("href")).contains(page + "/materials/");
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
			WebElement row = evidenceRow(d, "借条照片");
			assertThat(row.getText()).contains("证明被告向原告借款十万元");
			assertThat(d.findElement(By.id("casefile-side")).getText()).contains("副卷");
			assertThat(d.findElement(By.id("casefile-export-side")).getAttribute("href")).endsWith("/casefile/side.pdf");
			browser.assertAccessible();

			browser.go(page + "/casefile");
			assertThat(evidenceRow(d, "借条照片").getText()).contains("证明被告向原告借款十万元");
			browser.assertAccessible();
			browser.screenshot("casefile-judge-catalogue");
		}
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
