package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.organization.Staffing;
import org.smartcourt.supervision.internal.StatisticsCatchUp;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 审判质效 in the browser: the president of 朝阳区 opens the board (the demo court's cases), sees 结案率 with the
 * numbers it is computed from and the monthly chart, follows the 新收 number to its cases and finds as many as the
 * number says; a bad period is a field message; the intermediate court's president compares its courts in court
 * order; a judge sees their own figures. axe-core checks every page.
 */
@IntegrationTest
class SupervisionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	StatisticsCatchUp catchUp;

	@Autowired
	CaseRegistry registry;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	/** Three cases of judge-0104 this month, so the board has something to show. */
	private void threeCases() {
		CaseFixtures fixtures = new CaseFixtures(registry, staffing, jdbc);
		for (int i = 0; i < 3; i++) {
			RegisteredCase c = fixtures.registerAssigned(CaseFixtures.CHAOYANG, Procedure.SIMPLIFIED, "litigant",
					"judge-0104", null, null);
			fixtures.markForStatistics(c);
		}
		catchUp.run();
	}

	@Test
	void aPresidentReadsTheBoardAndFollowsANumberToItsCases() throws Exception {
		threeCases();
		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("president-0104", TestApi.DEMO_PASSWORD);
			browser.go("/supervision");
			WebElement closure = d.findElement(By.id("indicator-closure-rate"));
			assertThat(closure.getText()).contains("结案率").contains("closed / (pending@start + received)");
			assertThat(closure.findElement(By.cssSelector(".value")).getText()).matches("\\d+\\.\\d{2}%|—");
			assertThat(d.findElements(By.cssSelector("#trend-chart svg"))).isNotEmpty();
			assertThat(d.findElements(By.cssSelector("#progress-chart svg"))).isNotEmpty();
			assertThat(d.findElements(By.cssSelector("#trend-table tbody tr"))).isNotEmpty();
			browser.assertAccessible();
			browser.screenshot("supervision-board");

			Browser.Fetched xlsx = browser.fetch(d.findElement(By.id("board-xlsx")).getAttribute("href"));
			assertThat(xlsx.status()).isEqualTo(200);
			try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
				var sheet = book.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("长春市朝阳区人民法院");
				assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("收案");
			}
			Browser.Fetched pdf = browser.fetch(d.findElement(By.id("board-pdf")).getAttribute("href"));
			assertThat(pdf.type()).startsWith("application/pdf");
			assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

			WebElement received = d.findElement(By.cssSelector("#indicator-received a.term-link"));
			int number = Integer.parseInt(received.getText());
			assertThat(number).isGreaterThanOrEqualTo(3);
			browser.clickAndWait(By.cssSelector("#indicator-received a.term-link"));
			assertThat(d.findElement(By.id("cases-total")).getText()).startsWith("共 " + number + "，");
			int listed = 0;
			while (true) {
				listed += d.findElements(By.cssSelector("#statistics-cases tbody tr td:first-child a")).size();
				browser.assertAccessible();
				List<WebElement> next = d.findElements(By.id("cases-next"));
				if (next.isEmpty()) {
					break;
				}
				browser.clickAndWait(By.id("cases-next"));
			}
			assertThat(listed).isEqualTo(number);
			Browser.Fetched cases = browser.fetch(d.findElement(By.id("cases-xlsx")).getAttribute("href"));
			try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(cases.bytes()))) {
				assertThat(book.getSheetAt(0).getLastRowNum() - 3).isEqualTo(number);
			}

			browser.go("/supervision?period=2026-13");
			assertThat(d.findElement(By.id("period-error")).getText()).contains("统计期");
			assertThat(d.findElement(By.id("period")).getAttribute("aria-invalid")).isEqualTo("true");
			browser.assertAccessible();
		}
	}

	@Test
	void theIntermediateCourtComparesItsCourtsAndAJudgeSeesTheirOwn() {
		threeCases();
		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("president", TestApi.DEMO_PASSWORD);
			browser.go("/supervision/courts?indicator=closure-rate&period=2026");
			List<String> courts = d.findElements(By.cssSelector("#courts-table tbody th"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(courts).contains("吉林省长春市中级人民法院", "长春市朝阳区人民法院");
			assertThat(d.findElement(By.tagName("main")).getText()).contains("不排名");
			browser.assertAccessible();
			browser.screenshot("supervision-courts");
		}
		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("judge-0104", TestApi.DEMO_PASSWORD);
			browser.go("/supervision");
			assertThat(d.findElement(By.id("board-heading")).getText()).startsWith("沈法官");
			assertThat(d.findElements(By.id("court"))).isEmpty();
			assertThat(Integer.parseInt(d.findElement(By.cssSelector("#indicator-received a.term-link")).getText()))
				.isGreaterThanOrEqualTo(3);
			browser.assertAccessible();
		}
	}
}
