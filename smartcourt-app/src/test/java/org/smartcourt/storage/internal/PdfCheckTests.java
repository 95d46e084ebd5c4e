package org.smartcourt.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted and truncated PDFs are refused; a whole, unencrypted PDF passes. */
class PdfCheckTests {

	@TempDir
	Path dir;

	private final PdfCheck check = new PdfCheck();

	private Optional<FileRejection> problem(byte[] content) throws IOException {
		return check.problem(Files.write(dir.resolve("upload.pdf"), content));
	}

	@Test
	void acceptsAWholeUnencryptedPdf() throws IOException {
		assertThat(problem(Samples.pdf())).isEmpty();
		assertThat(problem(Samples.pdfMentioningEncryptMetadata())).isEmpty();
	}

	@Test
	void refusesAnEncryptedPdf() throws IOException {
		assertThat(problem(Samples.encryptedPdf())).contains(FileRejection.ENCRYPTED_PDF);
		assertThat(problem(Samples.encryptedPdfWithXrefStream())).contains(FileRejection.ENCRYPTED_PDF);
	}

	@Test
	void refusesAPdfThatDoesNotEndWithEof() throws IOException {
		assertThat(problem(Samples.truncatedPdf())).contains(FileRejection.CORRUPT_PDF);
		byte[] junkAfterEof = Arrays.copyOf(Samples.pdf(), Samples.pdf().length + PdfCheck.EOF_WINDOW + 10);
		assertThat(problem(junkAfterEof)).contains(FileRejection.CORRUPT_PDF);
	}

	@Test
	void toleratesALittleTrailingJunkAsReadersDo() throws IOException {
		byte[] padded = (Samples.MINIMAL_PDF + "\r\n\0\0").getBytes(StandardCharsets.US_ASCII);
		assertThat(problem(padded)).isEmpty();
	}
}
