package org.smartcourt.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.shared.DomainException;
import org.smartcourt.storage.DocumentType;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.unit.DataSize;

/** The ClamAV adapter against a fake clamd speaking INSTREAM, and the store refusing what it flags. */
class ClamavScannerTests {

	@TempDir
	Path root;

	private FakeClamd clamd;

	@BeforeEach
	void start() throws IOException {
		clamd = new FakeClamd(1024 * 1024);
	}

	@AfterEach
	void stop() throws IOException {
		clamd.close();
	}

	private ClamavScanner scanner() {
		return new ClamavScanner("127.0.0.1", clamd.port(), Duration.ofSeconds(5));
	}

	private static ByteArrayInputStream ascii(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void aCleanStreamIsClean() {
		assertThat(scanner().scan(new ByteArrayInputStream(Samples.pdf()))).isEqualTo(ScanResult.clean());
		assertThat(clamd.scans).hasValue(1);
	}

	@Test
	void theEicarTestStringIsFoundEvenAcrossChunks() {
		byte[] padded = new byte[200_000];
		byte[] eicar = FakeClamd.EICAR.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(eicar, 0, padded, 64 * 1024 - 10, eicar.length);
		assertThat(scanner().scan(new ByteArrayInputStream(padded)))
			.isEqualTo(new ScanResult.Infected("Eicar-Test-Signature"));
		assertThat(scanner().scan(ascii(FakeClamd.EICAR))).isInstanceOf(ScanResult.Infected.class);
	}

	@Test
	void noVerdictIsAFailure() throws IOException {
		assertThat(scanner().scan(new ByteArrayInputStream(new byte[2 * 1024 * 1024])))
			.as("over clamd's StreamMaxLength").isInstanceOf(ScanResult.Failed.class);
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		assertThat(new ClamavScanner("127.0.0.1", closedPort, Duration.ofSeconds(2)).scan(ascii("x")))
			.as("nobody listening").isInstanceOf(ScanResult.Failed.class);
	}

	@Test
	void readsClamdsReplies() {
		assertThat(ClamavScanner.verdict("stream: OK")).isEqualTo(ScanResult.clean());
		assertThat(ClamavScanner.verdict("stream: Win.Test.EICAR_HDB-1 FOUND"))
			.isEqualTo(new ScanResult.Infected("Win.Test.EICAR_HDB-1"));
		assertThat(ClamavScanner.verdict("INSTREAM size limit exceeded. ERROR")).isInstanceOf(ScanResult.Failed.class);
		assertThat(ClamavScanner.verdict("")).isInstanceOf(ScanResult.Failed.class);
	}

	/** A catalogue without a database: reaching it would mean the file was accepted. */
	private LocalFileStore storeScannedBy(VirusScanner scanner) {
		return new LocalFileStore(root, new UploadValidation(DataSize.ofMegabytes(1), scanner),
				new FileCatalogue(new StoredFileRepository(null), Clock.systemUTC(), event -> {
				}, TransactionOperations.withoutTransaction()));
	}

	@Test
	void theStoreRefusesAnInfectedFileAndKeepsNothing() throws IOException {
		byte[] infected = (Samples.MINIMAL_PDF.replace("%%EOF", "% " + FakeClamd.EICAR + "\n%%EOF"))
			.getBytes(StandardCharsets.US_ASCII);
		assertThatThrownBy(() -> storeScannedBy(scanner()).store("evidence", "证据.pdf",
				new ByteArrayInputStream(infected), EnumSet.of(DocumentType.PDF)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems()).singleElement()
				.satisfies(p -> {
					assertThat(p.field()).isEqualTo("evidence");
					assertThat(p.code()).isEqualTo("infected");
					assertThat(p.args()).containsExactly("Eicar-Test-Signature");
				}));
		assertThat(clamd.scans).hasValue(1);
		assertNothingStored();
	}

	@Test
	void theStoreFailsClosedWhenTheScannerCannotAnswer() throws IOException {
		clamd.close();
		assertThatThrownBy(() -> storeScannedBy(scanner()).store("evidence", "证据.pdf",
				new ByteArrayInputStream(Samples.pdf()), EnumSet.of(DocumentType.PDF)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.fieldProblems()).singleElement()
				.satisfies(p -> assertThat(p.code()).isEqualTo("scan-failed")));
		assertNothingStored();
	}

	private void assertNothingStored() throws IOException {
		try (var files = Files.walk(root)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}
}
