package org.smartcourt.casefile.internal.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of a bound volume: the cover, then the 卷内目录 on as many pages as its rows need, then the material
 * pages numbered from 1 in catalogue order.
 */
public final class TocLayout {

	/** 卷内目录 rows per page (A4, one line per row). */
	public static final int ROWS_PER_PAGE = 22;

	private final List<PageRange> ranges;
	private final int tocPages;

	private TocLayout(List<PageRange> ranges, int tocPages) {
		this.ranges = List.copyOf(ranges);
		this.tocPages = tocPages;
	}

	/** The layout for materials taking {@code pageCounts} pages each, in catalogue order. */
	public static TocLayout of(List<Integer> pageCounts) {
		List<PageRange> ranges = new ArrayList<>();
		int next = 1;
		for (int count : pageCounts) {
			ranges.add(new PageRange(count == 0 ? 0 : next, count));
			next += count;
		}
		int toc = Math.max(1, (pageCounts.size() + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
		return new TocLayout(ranges, toc);
	}

	public List<PageRange> ranges() {
		return ranges;
	}

	public int tocPages() {
		return tocPages;
	}

	/** 本卷共 N 页: the numbered material pages. */
	public int materialPages() {
		return ranges.stream().mapToInt(PageRange::pages).sum();
	}

	/** The 0-based index in the PDF of the page stamped {@code number}. */
	public int pdfIndexOf(int number) {
		return 1 + tocPages + number - 1;
	}
}
