package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecords;
import org.smartcourt.ledger.internal.Receipts;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The IT admin sees the ledger's published checkpoint with both witnesses' cosignatures and their last answers, and
 * runs a full integrity check from the page; the page passes axe-core.
 */
@IntegrationTest
class LedgerAdminBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Ledger ledger;

	@Autowired
	Receipts receipts;

	@Test
	void theItAdminSeesTheWitnessesAndRunsFsck() throws Exception {
		LedgerIndex index = ledger.append(LedgerRecords.fresh(EntryType.EVIDENCE_FILE)).get();
		assertThat(receipts.covering(index.value(), Duration.ofSeconds(20))).isPresent();

		try (Browser browser = Browser.open(port, false)) {
			WebDriver d = browser.driver();
			browser.signIn("it-admin", "Court@2026demo");
			browser.go("/admin/ledger");
			assertThat(browser.heading()).isEqualTo("证据链运行状态");
			assertThat(d.findElement(By.id("witness-table")).getText()).contains("demo-witness-a", "demo-witness-b");
			assertThat(d.findElement(By.tagName("main")).getText()).contains("联署时间", "Ed25519", "SM2-SM3", "quorum witnesses");
			browser.assertAccessible();

			browser.clickAndWait(By.id("run-fsck"));
			assertThat(d.findElement(By.id("fsck-result")).getText()).contains("完整性检查通过");
			browser.assertAccessible();
			browser.screenshot("ledger-admin");
		}
	}
}
