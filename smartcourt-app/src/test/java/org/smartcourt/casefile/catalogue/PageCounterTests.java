package org.smartcourt.casefile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.smartcourt.casefile.internal.catalogue.PageCounter;
import org.smartcourt.storage.DocumentType;

/** Page counts as the bound volume will have them. */
class PageCounterTests {

	private final PageCounter counter = new PageCounter();

	@Test
	void aPdfCountsItsPages() throws Exception {
		assertThat(counter.count(DocumentType.PDF, new ByteArrayInputStream(SampleFiles.pdf(3, "测试")))).isEqualTo(3);
		assertThat(counter.count(DocumentType.PDF, new ByteArrayInputStream(SampleFiles.pdf(1, "x")))).isEqualTo(1);
	}

	@Test
	void imagesAreOnePageAndATiffOnePerFrame() throws Exception {
		assertThat(counter.count(DocumentType.PNG, new ByteArrayInputStream(SampleFiles.png(40, 30)))).isEqualTo(1);
		assertThat(counter.count(DocumentType.JPEG, new ByteArrayInputStream(SampleFiles.jpeg(40, 30)))).isEqualTo(1);
		assertThat(counter.count(DocumentType.TIFF, new ByteArrayInputStream(SampleFiles.tiff(4)))).isEqualTo(4);
	}

	@Test
	void audioVideoAndWordFilesAreListedButNotPaginated() {
		byte[] any = { 1, 2, 3 };
		assertThat(counter.count(DocumentType.MP3, new ByteArrayInputStream(any))).isZero();
		assertThat(counter.count(DocumentType.MP4, new ByteArrayInputStream(any))).isZero();
		assertThat(counter.count(DocumentType.DOCX, new ByteArrayInputStream(any))).isZero();
	}

	@Test
	void aPdfThatCannotBeParsedCountsAsOnePage() {
		byte[] broken = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
		assertThat(counter.count(DocumentType.PDF, new ByteArrayInputStream(broken))).isEqualTo(1);
	}
}
