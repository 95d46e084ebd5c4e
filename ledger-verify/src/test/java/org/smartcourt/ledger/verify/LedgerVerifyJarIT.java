package org.smartcourt.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * The shaded jar as a party runs it: {@code java -jar ledger-verify-<version>.jar receipt …} in its own JVM, with
 * nothing on the class path but the jar. Runs in {@code mvn verify} (failsafe), after the jar is packaged.
 */
class LedgerVerifyJarIT {

	@TempDir
	Path dir;

	record Run(int code, String out) {
	}

	Run java(String... args) throws IOException, InterruptedException {
		String jar = System.getProperty("ledgerVerify.jar");
		assertThat(jar).as("failsafe passes the jar's path").isNotNull();
		assertThat(Path.of(jar)).exists();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Run(process.waitFor(), out);
	}

	@Test
	void theJarVerifiesAReceiptAndRejectsAnAlteredFile() throws Exception {
		LedgerFixture ledger = new LedgerFixture(dir, TreeHasher.sha256());
		String[] receipt = {"receipt", "--proof", ledger.path("receipt.tlog-proof"), "--policy", ledger.path("policy.txt"),
				"--file", ledger.path("evidence.pdf"), "--tsa-token", ledger.path("checkpoint.tsr"), "--tsa-root", ledger.path("root.pem")};

		Run ok = java(receipt);
		assertThat(ok.code()).as(ok.out()).isZero();
		assertThat(ok.out()).contains("结果：核验通过", "Result: VERIFIED");

		Files.writeString(dir.resolve("evidence.pdf"), "altered");
		assertThat(java(receipt).code()).isEqualTo(3);
	}
}
