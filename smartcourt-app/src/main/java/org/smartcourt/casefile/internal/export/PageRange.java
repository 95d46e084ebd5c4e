package org.smartcourt.casefile.internal.export;

/**
 * Where a material lies in a bound volume, by the page numbers stamped on the material pages (the cover and the
 * 卷内目录 are not numbered, as courts bind them).
 *
 * @param first the first page number, or 0 when the material takes no page (audio, video, DOCX).
 */
public record PageRange(int first, int pages) {

	public boolean empty() {
		return pages == 0;
	}

	public int last() {
		return first + pages - 1;
	}

	/** As the 卷内目录 prints it: {@code 3}, {@code 3-5}, or {@code —} for none. */
	public String label() {
		if (pages == 0) {
			return "—";
		}
		return pages == 1 ? Integer.toString(first) : first + "-" + last();
	}
}
