package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
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
 * Issue 8's service journey: the litigant confirms the 送达地址 on a phone; the clerk serves a 传票 by the platform and
 * by SMS at the 送达平台; the litigant opens 我的文书 on the phone, reads it and confirms 收悉; the 电子送达凭证 carries
 * the effective date. axe-core checks every page on the way.
 */
@IntegrationTest
class ServiceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClerkServesASummonsByPlatformAndSmsAndTheLitigantAcknowledgesOnAPhone() throws Exception {
		RegisteredCase c = new CaseFixtures(registry, staffing, jdbc).registerAssigned(CaseFixtures.CHAOYANG,
				Procedure.SIMPLIFIED, "litigant", "judge-0104", "assistant-0104", "clerk-0104");
		TestApi api = new TestApi(port);
		String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
		var recorded = api.upload("/api/v1/cases/" + c.id() + "/documents", api.token("judge-0104"), "file", "传票.pdf",
				SampleFiles.pdf(1, "summons"),
				Map.of("kind", "SUMMONS", "title", "传票", "signedOn", today, "visibility", "PARTIES"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go("/my/documents");
			assertThat(d.findElement(By.id("my-documents-heading")).getText()).isEqualTo("我的文书");
			browser.assertAccessible();
			browser.go("/my/cases/" + c.id() + "/parties/1/address");
			browser.assertAccessible();
			d.findElement(By.id("confirm-mobile")).sendKeys("13912345678");
			// consent given by filing online (the 起诉状's platform account) is already ticked; keep it
			if (!d.findElement(By.id("confirm-consent")).isSelected()) {
				d.findElement(By.id("confirm-consent")).click();
			}
			browser.clickAndWait(By.id("address-submit"));
			assertThat(d.findElement(By.cssSelector("main .alert-ok")).getText()).contains("已确认送达地址");
			assertThat(d.findElement(By.id("address-history")).getText()).contains("平台在线确认").contains("明确表示同意");
			browser.assertAccessible();
		}

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("clerk-0104", TestApi.DEMO_PASSWORD);
			browser.go("/service");
			assertThat(d.findElement(By.id("service-desk-heading")).getText()).isEqualTo("送达平台");
			assertThat(d.findElement(By.id("queue-unserved")).getText()).contains("传票");
			browser.assertAccessible();
			browser.go("/service/cases/" + c.id());
			assertThat(d.findElement(By.id("service-parties")).getText()).contains("明确表示同意");
			browser.assertAccessible();
			new Select(d.findElement(By.id("serve-document"))).selectByVisibleText("传票（" + today + "）");
			d.findElement(By.id("serve-recipient-1")).click();
			d.findElement(By.id("serve-channel-IN_APP")).click();
			d.findElement(By.id("serve-channel-SMS")).click();
			browser.clickAndWait(By.id("serve-submit"));
			assertThat(d.findElement(By.cssSelector("main .alert-ok")).getText()).contains("已提交电子送达");
			awaitEffective(c);
			browser.go("/service/cases/" + c.id());
			assertThat(d.findElement(By.id("service-servings")).getText()).contains("传票").contains("已送达").contains(today);
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("#service-servings tr.serving a"));
			assertThat(d.findElement(By.id("service-trail")).getText()).contains("发送成功").contains("送达生效");
			browser.assertAccessible();
			browser.screenshot("service-clerk-serving");
		}

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.signIn("litigant", TestApi.DEMO_PASSWORD);
			browser.go("/my/documents");
			assertThat(d.findElement(By.id("my-documents")).getText()).contains("传票").contains("待确认收悉");
			browser.assertAccessible();
			browser.clickAndWait(By.cssSelector("#my-documents a.document-link"));
			assertThat(d.findElement(By.id("my-document-heading")).getText()).isEqualTo("传票");
			browser.assertAccessible();
			browser.clickAndWait(By.id("acknowledge"));
			assertThat(d.findElement(By.id("acknowledged-at")).getText()).contains("确认收悉");
			assertThat(d.findElement(By.cssSelector(".effective-on")).getText()).isEqualTo(today);
			long width = (Long) ((JavascriptExecutor) d)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(width).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0L);
			browser.assertAccessible();
			browser.screenshot("service-litigant-acknowledged");
			Browser.Fetched certificate = browser.fetch(d.findElement(By.id("certificate-link")).getAttribute("href"));
			assertThat(certificate.status()).isEqualTo(200);
			assertThat(certificate.type()).startsWith("application/pdf");
			try (PDDocument pdf = Loader.loadPDF(certificate.bytes())) {
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
				assertThat(text).contains("电子送达凭证").contains("送达生效日期" + today).contains(c.caseNumber().format());
			}
			Browser.Fetched document = browser.fetch(d.findElement(By.id("document-download")).getAttribute("href"));
			assertThat(document.status()).isEqualTo(200);
			browser.go("/cases/" + c.id());
			assertThat(d.findElement(By.id("service-status")).getText()).contains("传票").contains("已送达");
			browser.assertAccessible();
		}
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'service.document.view' and target_id = ?")
			.param(c.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void awaitEffective(RegisteredCase c) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			List<String> statuses = jdbc.sql("select status from serving where case_id = ?").param(c.id().value())
				.query(String.class)
				.list();
			if (!statuses.isEmpty() && statuses.stream().allMatch("EFFECTIVE"::equals)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the 传票 never took effect");
	}

}
