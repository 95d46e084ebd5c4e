package org.smartcourt.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.storage.DocumentType;

/** The type comes from the content's first bytes (and a ZIP's entries), whatever the file is called. */
class ContentInspectorTests {

	@TempDir
	Path dir;

	private final ContentInspector inspector = new ContentInspector();

	private Optional<DocumentType> identify(byte[] content) throws IOException {
		return inspector.identify(Files.write(dir.resolve("upload.bin"), content));
	}

	@Test
	void recognisesEachAcceptedKindByItsMagicBytes() throws IOException {
		assertThat(identify(Samples.pdf())).contains(DocumentType.PDF);
		assertThat(identify(Samples.png())).contains(DocumentType.PNG);
		assertThat(identify(Samples.jpeg())).contains(DocumentType.JPEG);
		assertThat(identify(Samples.tiffLittleEndian())).contains(DocumentType.TIFF);
		assertThat(identify(Samples.tiffBigEndian())).contains(DocumentType.TIFF);
		assertThat(identify(Samples.mp3WithId3())).contains(DocumentType.MP3);
		assertThat(identify(Samples.mp3Frame())).contains(DocumentType.MP3);
		assertThat(identify(Samples.mp4())).contains(DocumentType.MP4);
	}

	@Test
	void tellsZipContainersApartByTheirEntries() throws IOException {
		assertThat(identify(Samples.ofd())).contains(DocumentType.OFD);
		assertThat(identify(Samples.docx())).contains(DocumentType.DOCX);
		assertThat(identify(Samples.plainZip())).isEmpty();
	}

	@Test
	void recognisesNothingElse() throws IOException {
		assertThat(identify(Samples.text())).isEmpty();
		assertThat(identify(Samples.aacAdts())).as("AAC is MPEG audio but not MP3").isEmpty();
		assertThat(identify(new byte[] { 'P', 'K', 3, 4, 0, 0 })).as("a broken ZIP").isEmpty();
		assertThat(identify(new byte[] { '%', 'P', 'D' })).as("too short to be a PDF").isEmpty();
		assertThat(identify(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).as("half a PNG signature").isEmpty();
	}
}
