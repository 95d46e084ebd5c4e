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

	private static byte[] zip(String... names) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new java.util.zip.ZipEntry(name));
				zip.write('x');
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
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
	void anOfficePackageIsADocxOnlyWithWordsMainPart() throws IOException {
		assertThat(identify(Samples.xlsx())).as("an Excel workbook").isEmpty();
		assertThat(identify(zip("[Content_Types].xml", "word/styles.xml"))).as("no word/document.xml").isEmpty();
		assertThat(identify(zip("word/document.xml"))).as("no [Content_Types].xml").isEmpty();
		assertThat(identify(zip("Doc_0/OFD.xml"))).as("OFD.xml not at the root").isEmpty();
	}

	@Test
	void readsOnlyAZipsEntryNamesNeverItsContent() throws IOException {
		assertThat(identify(Samples.ofdWithUninflatableEntries())).contains(DocumentType.OFD);
	}

	@Test
	void anIsoMediaFileIsMp4OnlyWithAnMp4Brand() throws IOException {
		for (String brand : new String[] { "isom", "iso2", "mp41", "mp42", "M4V ", "M4A " }) {
			assertThat(identify(Samples.mp4WithBrand(brand))).as(brand).contains(DocumentType.MP4);
		}
		assertThat(identify(Samples.quickTime())).isEmpty();
		assertThat(identify(Samples.mp4WithBrand("heic"))).isEmpty();
		assertThat(identify(Samples.mp4WithBrand("3gp4"))).isEmpty();
	}

	@Test
	void mpegAudioIsMp3OnlyForLayerThree() throws IOException {
		assertThat(identify(new byte[] { (byte) 0xFF, (byte) 0xFD, (byte) 0x90, 0x64 })).as("Layer II").isEmpty();
		assertThat(identify(new byte[] { (byte) 0xFF, (byte) 0xF3, (byte) 0x90, 0x64 })).as("MPEG-2 Layer III")
			.contains(DocumentType.MP3);
		assertThat(identify(new byte[] { (byte) 0xFF, (byte) 0xEB, (byte) 0x90, 0x64 })).as("reserved version")
			.isEmpty();
	}

	@Test
	void recognisesNothingElse() throws IOException {
		assertThat(identify(Samples.text())).isEmpty();
		assertThat(identify(Samples.aacAdts())).as("AAC is MPEG audio but not MP3").isEmpty();
		assertThat(identify(new byte[] { 'P', 'K', 3, 4, 0, 0 })).as("a broken ZIP").isEmpty();
		assertThat(identify(new byte[] { '%', 'P', 'D' })).as("too short to be a PDF").isEmpty();
		assertThat(identify(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).as("half a PNG signature").isEmpty();
		assertThat(identify(Samples.exe())).as("an executable").isEmpty();
	}
}
