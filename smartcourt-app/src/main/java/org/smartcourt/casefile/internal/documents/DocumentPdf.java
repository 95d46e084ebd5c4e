package org.smartcourt.casefile.internal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.smartcourt.casefile.internal.pdf.CourtFonts;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Typesets a court document's XHTML as an A4 PDF with the embedded CJK font, laid out like official documents (GB/T
 * 9704-2012 §5.2: 天头 37 mm, 订口 28 mm, text area 156 × 225 mm; 三号 body, 二号 bold title, 22 lines of about 28
 * pt). The seal, when given, is drawn over the 落款 (the last right-aligned block), as §7.3.5.1 places it: centred,
 * pressing down on the issuing court's name and the date.
 */
@Component
public class DocumentPdf {

	static final String STYLE = """
			@page { size: A4; margin: 37mm 26mm 35mm 28mm;
			  @bottom-center { content: "— " counter(page) " —"; font-family: '%1$s'; font-size: 14pt; } }
			body { font-family: '%1$s'; font-size: 16pt; line-height: 28pt; color: #000; }
			h1.court-name { font-size: 22pt; font-weight: 700; text-align: center; margin: 0 0 6pt 0; line-height: 34pt; }
			h2.doc-title { font-size: 22pt; font-weight: 700; text-align: center; margin: 0 0 12pt 0; line-height: 34pt;
			  letter-spacing: 4pt; }
			h4.flush { font-size: 16pt; font-weight: 400; margin: 0; }
			h3.subheading { font-size: 16pt; font-weight: 700; margin: 14pt 0 0 0; }
			p { margin: 0; text-indent: 2em; text-align: justify; }
			blockquote.right { margin: 0 0 6pt 0; padding: 0; text-align: right; position: relative; }
			blockquote.right p { text-indent: 0; text-align: right; }
			blockquote.signature { margin-top: 28pt; padding-right: 2em; }
			img.seal { position: absolute; width: 42mm; height: 42mm; right: 16mm; top: -12mm; }
			table { width: 100%%; border-collapse: collapse; margin: 8pt 0; font-size: 14pt; line-height: 22pt; }
			th, td { border: 1px solid #000; padding: 4pt 6pt; vertical-align: middle; text-align: left; font-weight: 400; }
			th:first-child, td:first-child { text-align: center; width: 28%%; }
			td p, th p { text-indent: 0; }
			ul, ol { margin: 0 0 0 2em; padding: 0; }
			""";

	static {
		// every render logs its timings at INFO; only problems are worth a line
		XRLog.listRegisteredLoggers().forEach(log -> XRLog.setLevel(log, Level.WARNING));
	}

	private final CourtFonts fonts;

	public DocumentPdf(CourtFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * @param title the PDF's title (document metadata).
	 * @param body the document's XHTML, as {@link CourtMarkdown} makes it.
	 * @param seal the court's seal (PNG), or {@literal null} for none.
	 */
	public byte[] render(String title, String body, byte[] seal) {
		String html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>"
				+ "<meta charset=\"UTF-8\" /><title>" + HtmlUtils.htmlEscape(title) + "</title><style>"
				+ STYLE.formatted(CourtFonts.FAMILY) + "</style></head><body>" + withSeal(body, seal) + "</body></html>";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// our own document, so the fonts come from parsed faces lent for it instead of being parsed for every render;
		// the faces go back only after the document is saved, since PDFBox subsets them then
		try (CourtFonts.Faces faces = fonts.borrow(); PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, faces.regular(), true)), CourtFonts.FAMILY,
					400, FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, faces.bold(), true)), CourtFonts.FAMILY, 700,
					FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
			}
			document.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Puts the seal first in the 落款 block, or in one of its own at the end when the document has none. */
	static String withSeal(String body, byte[] seal) {
		if (seal == null) {
			return body;
		}
		String img = "<img class=\"seal\" alt=\"院印\" src=\"data:image/png;base64,"
				+ Base64.getEncoder().encodeToString(seal) + "\" />";
		String marker = "<blockquote class=\"right " + CourtMarkdown.SIGNATURE + "\">";
		int at = body.lastIndexOf(marker);
		if (at < 0) {
			return body + marker + img + "<p>\u00a0</p></blockquote>";
		}
		int end = at + marker.length();
		return body.substring(0, end) + img + body.substring(end);
	}
}
