package org.smartcourt.storage.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built byte by byte so that every test states exactly what it feeds the store. */
final class Samples {

	private Samples() {
	}

	static final String MINIMAL_PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			xref
			0 3
			0000000000 65535 f\s
			0000000009 00000 n\s
			0000000058 00000 n\s
			trailer
			<< /Size 3 /Root 1 0 R >>
			startxref
			110
			%%EOF
			""";

	static byte[] pdf() {
		return ascii(MINIMAL_PDF);
	}

	static byte[] encryptedPdf() {
		return ascii(MINIMAL_PDF.replace("/Root 1 0 R >>", "/Root 1 0 R /Encrypt 3 0 R /ID [<01> <01>] >>"));
	}

	/** PDF 1.5+ without a {@code trailer} keyword: the trailer entries live in the cross-reference stream. */
	static byte[] encryptedPdfWithXrefStream() {
		String head = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n";
		String xref = "5 0 obj << /Type /XRef /Size 6 /Root 1 0 R /Encrypt 3 0 R /W [1 2 1] /Length 0 >>\nstream\n"
				+ "\nendstream\nendobj\n";
		return ascii(head + xref + "startxref\n" + head.length() + "\n%%EOF\n");
	}

	/** Metadata that only mentions {@code /EncryptMetadata} is not an encrypted file. */
	static byte[] pdfMentioningEncryptMetadata() {
		return ascii(MINIMAL_PDF.replace("/Root 1 0 R >>", "/Root 1 0 R /EncryptMetadata false >>"));
	}

	static byte[] truncatedPdf() {
		byte[] whole = pdf();
		return java.util.Arrays.copyOf(whole, whole.length / 2);
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
	}

	static byte[] jpeg() {
		return new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
	}

	static byte[] tiffLittleEndian() {
		return new byte[] { 'I', 'I', 0x2A, 0, 8, 0, 0, 0 };
	}

	static byte[] tiffBigEndian() {
		return new byte[] { 'M', 'M', 0, 0x2A, 0, 0, 0, 8 };
	}

	static byte[] mp3WithId3() {
		return new byte[] { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0 };
	}

	static byte[] mp3Frame() {
		return new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 0, 0, 0, 0 };
	}

	static byte[] aacAdts() {
		return new byte[] { (byte) 0xFF, (byte) 0xF1, 0x50, (byte) 0x80, 0, 0, 0, 0 };
	}

	static byte[] mp4() {
		return new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0 };
	}

	static byte[] ofd() {
		return zip("OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml");
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
	}

	/** An Excel workbook: an OOXML package too, but its main part is xl/workbook.xml, not word/document.xml. */
	static byte[] xlsx() {
		return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
	}

	/** A QuickTime movie: an ISO BMFF {@code ftyp} box, but with the brand {@code qt  }, not an MP4 one. */
	static byte[] quickTime() {
		return new byte[] { 0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' ', 0, 0, 2, 0 };
	}

	static byte[] mp4WithBrand(String brand) {
		byte[] mp4 = mp4();
		byte[] b = brand.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(b, 0, mp4, 8, 4);
		return mp4;
	}

	/** A Windows executable (MZ header), whatever it is called. */
	static byte[] exe() {
		byte[] exe = new byte[64];
		exe[0] = 'M';
		exe[1] = 'Z';
		return exe;
	}

	/**
	 * An OFD whose entries' compressed data is garbage: recognisable from the central directory alone, and a reader
	 * that inflated any entry (as a ZIP bomb would make it do at length) would fail.
	 */
	static byte[] ofdWithUninflatableEntries() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : new String[] { "OFD.xml", "Doc_0/Document.xml" }) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(new byte[100_000]);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] content = bytes.toByteArray();
		// the first local header is 30 bytes + the name; everything after it up to the next header is deflated data
		int data = 30 + "OFD.xml".length();
		for (int i = data; i < data + 20; i++) {
			content[i] = (byte) 0xFF;
		}
		return content;
	}

	static byte[] plainZip() {
		return zip("readme.txt");
	}

	static byte[] text() {
		return "起诉状：原告张三……".getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zip(String... names) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(("<" + name + "/>").getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}
}
