package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.smartcourt.accounts.ResidentIdNumber;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a litigant files on a phone, the clerk asks for a correction, the litigant corrects and
 * resubmits, the clerk registers the case, and both see the case number. Every page passes axe-core.
 */
@IntegrationTest
class FilingBrowserTests {

	@LocalServerPort
	int port;

	private static void type(WebDriver d, String id, String text) {
		d.findElement(By.id(id)).clear();
		d.findElement(By.id(id)).sendKeys(text);
	}


	@Test
	void fileCorrectRegister() throws Exception {
		Path pdf = Files.createTempFile("identity", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
		String filingUrl;
		try (Browser litigant = Browser.open(port, true)) {
			WebDriver d = litigant.driver();
			litigant.signIn("litigant", TestApi.DEMO_PASSWORD);
			litigant.go("/filings");
			litigant.assertAccessible();
			litigant.clickAndWait(By.cssSelector("main form button[type=submit]"));

			assertThat(d.getCurrentUrl()).endsWith("/edit/court");
			new Select(d.findElement(By.id("targetCourt"))).selectByValue("220104");
			type(d, "q", "民间借贷");
			litigant.clickAndWait(By.cssSelector("button[value=searchCause]"));
			d.findElement(By.xpath("//label[text()='民间借贷纠纷']")).click();
			litigant.assertAccessible();
			litigant.clickAndWait(By.cssSelector("button[value=next]"));

			assertThat(d.getCurrentUrl()).endsWith("/edit/parties");
			type(d, "id0", "22010219850315121" + ResidentIdNumber.checkCharacter("22010219850315121"));
			type(d, "addr0", "吉林省长春市南关区人民大街1号");
			type(d, "name1", "王五");
			type(d, "addr1", "吉林省长春市朝阳区西安大路100号");
			litigant.assertAccessible();
			litigant.clickAndWait(By.cssSelector("button[value=next]"));

			assertThat(d.getCurrentUrl()).endsWith("/edit/claims");
			type(d, "claim0", "判令被告偿还借款本金100000元");
			type(d, "amount0", "100000");
			type(d, "facts", "被告向原告借款100000元，到期未还。");
			type(d, "evName0", "借条");
			litigant.assertAccessible();
			litigant.clickAndWait(By.cssSelector("button[value=next]"));

			assertThat(d.getCurrentUrl()).endsWith("/edit/materials");
			new Select(d.findElement(By.id("attachKind"))).selectByValue("IDENTITY");
			d.findElement(By.id("file")).sendKeys(pdf.toString());
			litigant.clickAndWait(By.cssSelector("form[enctype] button[type=submit]"));
			assertThat(d.findElement(By.cssSelector("table.data")).getText()).contains("身份证明");
			litigant.assertAccessible();
			litigant.clickAndWait(By.cssSelector("a.btn-primary"));

			assertThat(d.getCurrentUrl()).endsWith("/edit/review");
			assertThat(d.findElement(By.tagName("main")).getText()).contains("预检未发现问题").contains("2300.00")
				.contains("长春市朝阳区人民法院");
			litigant.assertAccessible();
			litigant.screenshot("filing-review-phone");
			litigant.clickAndWait(By.cssSelector("form[action$=submit] button"));
			assertThat(d.findElement(By.tagName("h1")).getText()).contains("待审查");
			filingUrl = d.getCurrentUrl().replaceAll("\\?.*", "");
			litigant.assertAccessible();
		}

		try (Browser clerk = Browser.open(port, false)) {
			WebDriver d = clerk.driver();
			clerk.signIn("filing-clerk-0104", TestApi.DEMO_PASSWORD);
			clerk.go("/clerk/filings");
			assertThat(d.findElement(By.cssSelector("table.data")).getText()).contains("李明诉王五");
			clerk.assertAccessible();
			d.get(filingUrl);
			type(d, "items", "补充借条原件照片\n写明被告公民身份号码");
			clerk.clickAndWait(By.cssSelector("form[action$=correction] button"));
			assertThat(d.findElement(By.tagName("h1")).getText()).contains("待补正");
			clerk.assertAccessible();
		}

		try (Browser litigant = Browser.open(port, true)) {
			WebDriver d = litigant.driver();
			litigant.signIn("litigant", TestApi.DEMO_PASSWORD);
			d.get(filingUrl);
			assertThat(d.findElement(By.tagName("main")).getText()).contains("补充借条原件照片");
			litigant.assertAccessible();
			d.get(filingUrl + "/edit/review");
			litigant.clickAndWait(By.cssSelector("form[action$=submit] button"));
			assertThat(d.findElement(By.tagName("h1")).getText()).contains("待审查");
		}

		String caseNumber;
		try (Browser clerk = Browser.open(port, false)) {
			WebDriver d = clerk.driver();
			clerk.signIn("filing-clerk-0104", TestApi.DEMO_PASSWORD);
			d.get(filingUrl);
			new Select(d.findElement(By.id("procedure"))).selectByValue("SIMPLIFIED");
			clerk.clickAndWait(By.cssSelector("form[action$=accept] button"));
			caseNumber = d.findElement(By.id("case-number")).getText();
			assertThat(caseNumber).matches("（\\d{4}）吉0104民初\\d+号");
			clerk.assertAccessible();
			clerk.screenshot("filing-accepted-clerk");
		}

		try (Browser litigant = Browser.open(port, true)) {
			litigant.signIn("litigant", TestApi.DEMO_PASSWORD);
			litigant.driver().get(filingUrl);
			assertThat(litigant.driver().findElement(By.id("case-number")).getText()).isEqualTo(caseNumber);
			litigant.go("/filings");
			assertThat(litigant.driver().findElement(By.cssSelector("table.data")).getText()).contains(caseNumber);
		}
	}
}
