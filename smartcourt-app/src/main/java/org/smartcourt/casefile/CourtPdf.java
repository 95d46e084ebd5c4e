package org.smartcourt.casefile;

import org.smartcourt.casefile.internal.documents.DocumentRendering;
import org.springframework.stereotype.Service;

/**
 * Typesets a court paper written in the documents' Markdown layout (see the template page: {@code # } court name,
 * {@code ## } title, a blockquote for right-aligned lines, a GFM table for a form grid) as an A4 PDF with the court
 * fonts, for modules that make papers of their own (the 电子送达凭证). No seal.
 */
@Service
public class CourtPdf {

	private final DocumentRendering rendering;

	CourtPdf(DocumentRendering rendering) {
		this.rendering = rendering;
	}

	/** @param title the PDF's title (document metadata). */
	public byte[] render(String title, String markdown) {
		return rendering.pdf(title, markdown, null);
	}
}
