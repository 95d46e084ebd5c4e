package org.smartcourt.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.ledger.internal.Receipts;
import org.smartcourt.testing.Browser;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone without an account checks a file on the public 电子证据核验 page: the browser hashes it (the file is not
 * uploaded), the page finds its ledger entry, shows the cosigned checkpoint and offers the receipt; an unknown digest
 * and a malformed one get clear answers; every page passes axe-core.
 */
@IntegrationTest
class LedgerVerificationBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Ledger ledger;

	@Autowired
	Receipts receipts;

	@TempDir
	Path folder;

	@Test
	void aFileRecordedInTheLedgerVerifiesAndAnUnknownOneDoesNot() throws Exception {
		byte[] content = ("借款合同 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(folder.resolve("contract.txt"), content);
		byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(content);
		SM3Digest sm3 = new SM3Digest();
		sm3.update(content, 0, content.length);
		byte[] sm3Hash = new byte[32];
		sm3.doFinal(sm3Hash, 0);
		LedgerIndex index = ledger.append(new LedgerRecord(EntryType.EVIDENCE_FILE, sha256, sm3Hash, "test:browser"))
			.get();
		assertThat(receipts.covering(index.value(), Duration.ofSeconds(20))).isPresent();

		try (Browser browser = Browser.open(port, true)) {
			WebDriver d = browser.driver();
			browser.go("/public/ledger/verify");
			assertThat(browser.heading()).isEqualTo("电子证据核验");
			browser.assertAccessible();

			d.findElement(By.id("file")).sendKeys(file.toString());
			new WebDriverWait(d, Duration.ofSeconds(10)).until(x -> x.findElement(By.id("sha256")).getDomProperty("value").length() == 64);
			assertThat(d.findElement(By.id("sha256")).getDomProperty("value")).isEqualTo(HexFormat.of().formatHex(sha256));
			browser.clickAndWait(By.cssSelector("#verify-form button[type=submit]"));

			String result = d.findElement(By.tagName("main")).getText();
			assertThat(result).contains("证据链第 " + index.value() + " 号记录", "核验一致", "demo-witness-a", "demo-witness-b", "电子证据",
					"不能证明文件在记录之前的真实性");
			assertThat(d.findElement(By.linkText("下载存证凭证（.tlog-proof，可用 ledger-verify 离线核验）")).getDomAttribute("href"))
				.endsWith("/api/v1/ledger/receipts/" + index.value());
			browser.assertAccessible();
			browser.screenshot("ledger-verify-found");

			browser.go("/public/ledger/verify");
			d.findElement(By.id("sha256")).sendKeys(HexFormat.of().formatHex(new byte[32]));
			browser.clickAndWait(By.cssSelector("#verify-form button[type=submit]"));
			assertThat(d.findElement(By.tagName("main")).getText()).contains("没有内容与该摘要一致的记录");

			browser.go("/public/ledger/verify");
			d.findElement(By.id("sha256")).sendKeys("not-a-digest");
			browser.clickAndWait(By.cssSelector("#verify-form button[type=submit]"));
			assertThat(d.findElement(By.cssSelector("[role=alert]")).getText()).contains("64 位十六进制");
			browser.assertAccessible();
		}
	}
}
