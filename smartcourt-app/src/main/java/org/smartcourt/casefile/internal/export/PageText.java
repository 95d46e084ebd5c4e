package org.smartcourt.casefile.internal.export;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Drawing lines of Chinese text on an A4 page of a volume, with characters the font lacks shown as 〓. */
final class PageText {

	private static final PDRectangle A4 = PDRectangle.A4;

	private PageText() {
	}

	static float centred(PDPageContentStream cs, PDFont font, float size, String s, float y)
			throws IOException {
		float width = font.getStringWidth(s) / 1000 * size;
		text(cs, font, size, (A4.getWidth() - width) / 2, y, s);
		return y - size * 1.4f;
	}

	static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
			throws IOException {
		cs.beginText();
		cs.setFont(font, size);
		cs.newLineAtOffset(x, y);
		cs.showText(printable(font, s));
		cs.endText();
	}

	/** The text with characters the font lacks (emoji, rare ideographs) shown as 〓, the printers' mark for them. */
	static String printable(PDFont font, String s) {
		try {
			font.encode(s);
			return s;
		}
		catch (IllegalArgumentException | IOException e) {
			StringBuilder out = new StringBuilder();
			s.codePoints().forEach(cp -> {
				String ch = new String(Character.toChars(cp));
				try {
					font.encode(ch);
					out.append(ch);
				}
				catch (IllegalArgumentException | IOException missing) {
					out.append('〓');
				}
			});
			return out.toString();
		}
	}

	static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
		cs.setLineWidth(0.5f);
		cs.moveTo(x1, y1);
		cs.lineTo(x2, y2);
		cs.stroke();
	}
}
