package org.smartcourt.casefile.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.documents.CourtMarkdown;
import org.smartcourt.casefile.internal.documents.DocumentPdf;
import org.smartcourt.casefile.internal.pdf.CourtFonts;

/**
 * Parsed faces are lent to one document at a time and reused: documents typeset at the same time on several threads
 * each come out whole, with their own text.
 */
class CourtFontsTests {

	private final CourtFonts fonts = new CourtFonts();

	@Test
	void aReturnedPairIsLentAgainRatherThanParsedAgain() {
		CourtFonts.Faces first = fonts.borrow();
		first.close();
		try (CourtFonts.Faces again = fonts.borrow()) {
			assertThat(again).isSameAs(first);
			assertThat(again.regular()).isNotSameAs(again.bold());
		}
	}

	@Test
	void documentsTypesetConcurrentlyEachKeepTheirOwnText() throws Exception {
		DocumentPdf pdf = new DocumentPdf(fonts);
		CourtMarkdown markdown = new CourtMarkdown();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> texts = new ArrayList<>();
			for (int i = 1; i <= 12; i++) {
				String number = "（2026）吉0104民初" + i + "号";
				texts.add(pool.submit(() -> {
					byte[] bytes = pdf.render("传票", markdown.toXhtml("## 传　票\n> " + number + "\n\n本院受理原告诉被告民间借贷纠纷一案。\n"),
							null);
					try (PDDocument document = Loader.loadPDF(bytes)) {
						return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
					}
				}));
			}
			for (int i = 1; i <= 12; i++) {
				assertThat(texts.get(i - 1).get()).contains("（2026）吉0104民初" + i + "号").contains("民间借贷纠纷");
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
