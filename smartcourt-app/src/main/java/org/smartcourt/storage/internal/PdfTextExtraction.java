package org.smartcourt.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.FileStored;
import org.smartcourt.storage.FileTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Extracts the text layer of every newly stored PDF with PDFBox, after the file's transaction has committed, and keeps
 * it in {@code stored_file_text}. The PDF is read from a temporary copy, so large files are not held in memory; very
 * long texts are cut at {@link #MAX_CHARS} characters and marked as truncated. A PDF whose text cannot be read is
 * logged and left without text: it stays a valid stored file.
 */
@Service
class PdfTextExtraction implements FileTexts {

	static final int MAX_CHARS = 2_000_000;

	private static final Logger log = LoggerFactory.getLogger(PdfTextExtraction.class);

	private final FileStore store;
	private final JdbcClient jdbc;

	PdfTextExtraction(FileStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(FileStored stored) {
		if (stored.type() != DocumentType.PDF) {
			return;
		}
		Optional<InputStream> content = store.open(stored.sha256());
		if (content.isEmpty()) {
			return;
		}
		try {
			Path copy = Files.createTempFile("smartcourt-text-", ".pdf");
			try (InputStream in = content.get()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
					String text = new PDFTextStripper().getText(pdf);
					boolean truncated = text.length() > MAX_CHARS;
					jdbc.sql("insert into stored_file_text (sha256, pages, text, truncated) values (?, ?, ?, ?) "
							+ "on conflict (sha256) do nothing")
						.params(stored.sha256(), pdf.getNumberOfPages(), truncated ? text.substring(0, MAX_CHARS) : text,
								truncated)
						.update();
				}
			}
			finally {
				Files.deleteIfExists(copy);
			}
		}
		catch (IOException e) {
			log.warn("no text extracted from stored PDF {}: {}", stored.sha256(), e.getMessage());
		}
	}

	@Override
	public Optional<String> textOf(String sha256) {
		return jdbc.sql("select text from stored_file_text where sha256 = ?").param(sha256).query(String.class).optional();
	}
}
