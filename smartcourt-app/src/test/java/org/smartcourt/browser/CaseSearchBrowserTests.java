package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.CaseRegistry;
import org.smartcourt.cases.PartySide;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.RegisterCase;
import org.smartcourt.cases.RegisteredCase;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.CaseFixtures;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: a filing clerk of 朝阳区法院 gets a Chinese message for a one-character search, then finds a
 * case by the beginning of a company's name and by the plaintiff's ID number, and opens it. Every page passes
 * axe-core.
 */
@IntegrationTest
class CaseSearchBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	CaseRegistry registry;

	@Test
	void theClerkFindsACaseByCompanyNameAndByIdNumberAndOpensIt() {
		String company = "长春搜" + Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 100000, 36) + "商贸有限公司";
		String id = "22010419900307" + String.format("%03d", Math.abs(company.hashCode()) % 1000) + "6";
		RegisteredCase c = registry.register(new RegisterCase(CaseFixtures.CHAOYANG, "0301", null,
				Procedure.SIMPLIFIED, "9.20.1", UUID.randomUUID(), "孟浩诉" + company + "买卖合同纠纷",
				List.of(CaseParty.party(1, PartySide.PLAINTIFF, "NATURAL_PERSON", "孟浩", id),
						CaseParty.party(2, PartySide.DEFENDANT, "LEGAL_PERSON", company, null)),
				"litigant"));

		try (Browser clerk = Browser.open(port, false)) {
			WebDriver d = clerk.driver();
			clerk.signIn("filing-clerk-0104", TestApi.DEMO_PASSWORD);
			clerk.go("/cases/search");
			clerk.assertAccessible();

			d.findElement(By.id("q")).sendKeys("长");
			clerk.clickAndWait(By.id("search-submit"));
			assertThat(d.findElement(By.id("q-error")).getText()).contains("当事人名称的开头");
			clerk.assertAccessible();

			d.findElement(By.id("q")).clear();
			d.findElement(By.id("q")).sendKeys(company.substring(0, 6));
			clerk.clickAndWait(By.id("search-submit"));
			String table = d.findElement(By.id("search-table")).getText();
			assertThat(table).contains(c.caseNumber().format(), company + "（被告）");
			clerk.assertAccessible();

			d.findElement(By.id("q")).clear();
			d.findElement(By.id("q")).sendKeys(id);
			clerk.clickAndWait(By.id("search-submit"));
			assertThat(d.findElement(By.id("search-results")).getText()).contains("查到 1 件（按证件号码）");
			clerk.clickAndWait(By.linkText(c.caseNumber().format()));
			assertThat(clerk.heading()).contains(c.caseNumber().format());
			clerk.assertAccessible();
		}
	}
}
