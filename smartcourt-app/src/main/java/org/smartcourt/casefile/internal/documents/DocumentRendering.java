package org.smartcourt.casefile.internal.documents;

import org.springframework.stereotype.Component;

/** A document's Markdown (already filled) to its PDF: the one way drafts, previews and issued documents are made. */
@Component
public class DocumentRendering {

	private final CourtMarkdown markdown;
	private final DocumentPdf pdf;

	DocumentRendering(CourtMarkdown markdown, DocumentPdf pdf) {
		this.markdown = markdown;
		this.pdf = pdf;
	}

	/** @param seal the court's seal (PNG) to press on the 落款, or {@literal null}. */
	public byte[] pdf(String title, String filledMarkdown, byte[] seal) {
		return pdf.render(title, markdown.toXhtml(filledMarkdown), seal);
	}
}
