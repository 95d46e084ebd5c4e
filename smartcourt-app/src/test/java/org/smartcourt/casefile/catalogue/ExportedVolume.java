package org.smartcourt.casefile.catalogue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** An exported volume read back: its text per page and its outline. */
public record ExportedVolume(int pages, List<String> pageTexts, List<Bookmark> bookmarks) {

	/** A bookmark: its title, its 0-based target page and its children. */
	public record Bookmark(String title, int page, List<Bookmark> children) {
	}

	public String text() {
		return String.join("\n", pageTexts);
	}

	public static ExportedVolume read(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			List<String> texts = new ArrayList<>();
			for (int i = 1; i <= doc.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				texts.add(stripper.getText(doc));
			}
			List<Bookmark> bookmarks = new ArrayList<>();
			var outline = doc.getDocumentCatalog().getDocumentOutline();
			if (outline != null) {
				for (PDOutlineItem item : outline.children()) {
					bookmarks.add(bookmark(doc, item));
				}
			}
			return new ExportedVolume(doc.getNumberOfPages(), texts, bookmarks);
		}
	}

	private static Bookmark bookmark(PDDocument doc, PDOutlineItem item) throws IOException {
		PDPage target = item.findDestinationPage(doc);
		List<Bookmark> children = new ArrayList<>();
		for (PDOutlineItem child : item.children()) {
			children.add(bookmark(doc, child));
		}
		return new Bookmark(item.getTitle(), target == null ? -1 : doc.getPages().indexOf(target), children);
	}
}
