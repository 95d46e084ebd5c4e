package org.smartcourt.casefile.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.export.PageRange;
import org.smartcourt.casefile.internal.export.TocLayout;

/** Page numbering of a bound volume: materials numbered from 1 after the cover and the 卷内目录. */
class TocLayoutTests {

	@Test
	void rangesFollowEachOtherAndSkipUnpaginatedMaterial() {
		TocLayout layout = TocLayout.of(List.of(3, 1, 0, 2));
		assertThat(layout.ranges()).containsExactly(new PageRange(1, 3), new PageRange(4, 1), new PageRange(0, 0),
				new PageRange(5, 2));
		assertThat(layout.ranges()).extracting(PageRange::label).containsExactly("1-3", "4", "—", "5-6");
		assertThat(layout.materialPages()).isEqualTo(6);
		assertThat(layout.tocPages()).isEqualTo(1);
		assertThat(layout.pdfIndexOf(1)).as("after the cover and one TOC page").isEqualTo(2);
	}

	@Test
	void aLongCatalogueTakesMoreTocPages() {
		List<Integer> counts = new ArrayList<>(Collections.nCopies(TocLayout.ROWS_PER_PAGE * 2 + 1, 1));
		TocLayout layout = TocLayout.of(counts);
		assertThat(layout.tocPages()).isEqualTo(3);
		assertThat(layout.pdfIndexOf(1)).isEqualTo(4);
		assertThat(TocLayout.of(List.of()).tocPages()).as("an empty volume still has its 卷内目录").isEqualTo(1);
	}
}
