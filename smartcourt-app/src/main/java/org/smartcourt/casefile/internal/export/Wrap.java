package org.smartcourt.casefile.internal.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Breaking Chinese text into lines of a width (any character may end a line), or cutting it to one with 「…」. */
final class Wrap {

	private Wrap() {
	}

	static List<String> lines(String text, PDFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			String ch = new String(Character.toChars(cp));
			if (cp == '\n' || width(font, size, line + ch) > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (cp != '\n') {
				line.append(ch);
			}
			i += Character.charCount(cp);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	static String fit(String text, PDFont font, float size, float width) {
		if (width(font, size, text) <= width) {
			return text;
		}
		StringBuilder cut = new StringBuilder();
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			String next = cut + new String(Character.toChars(cp)) + "…";
			if (width(font, size, next) > width) {
				break;
			}
			cut.appendCodePoint(cp);
			i += Character.charCount(cp);
		}
		return cut + "…";
	}

	private static float width(PDFont font, float size, String s) {
		try {
			return font.getStringWidth(s) / 1000 * size;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
