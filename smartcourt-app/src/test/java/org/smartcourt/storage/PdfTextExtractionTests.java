package org.smartcourt.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A stored PDF's text layer is extracted after it is stored; an image gets no text. */
@IntegrationTest
class PdfTextExtractionTests {

	@Autowired
	FileStore store;

	@Autowired
	FileTexts texts;

	private static byte[] pdf(String line) throws Exception {
		try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			doc.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(line);
				content.endText();
			}
			doc.save(out);
			return out.toByteArray();
		}
	}

	private Optional<String> await(String sha256) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<String> text = texts.textOf(sha256);
			if (text.isPresent()) {
				return text;
			}
			Thread.sleep(100);
		}
		return Optional.empty();
	}

	@Test
	void theTextOfAStoredPdfIsExtracted() throws Exception {
		String marker = "Evidence " + UUID.randomUUID();
		StoredFile file = store.store("evidence", "evidence.pdf", new ByteArrayInputStream(pdf(marker)),
				Set.of(DocumentType.PDF));

		assertThat(await(file.sha256())).hasValueSatisfying(text -> assertThat(text).contains(marker));
	}
}
