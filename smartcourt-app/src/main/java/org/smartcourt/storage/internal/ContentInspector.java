package org.smartcourt.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.smartcourt.storage.DocumentType;

/**
 * Recognises a file's {@link DocumentType} by its content (magic bytes, and for ZIP containers the entries they
 * hold), never by its name: a renamed executable is not a PDF.
 */
final class ContentInspector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG = { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
	private static final byte[] TIFF_LITTLE_ENDIAN = { 0x49, 0x49, 0x2A, 0x00 };
	private static final byte[] TIFF_BIG_ENDIAN = { 0x4D, 0x4D, 0x00, 0x2A };
	private static final byte[] ZIP = { 0x50, 0x4B, 0x03, 0x04 };
	private static final byte[] ID3 = "ID3".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);

	/** @return the type, or empty when the content is none of the accepted kinds. */
	Optional<DocumentType> identify(Path file) throws IOException {
		byte[] head = head(file, 16);
		if (startsWith(head, PDF, 0)) {
			return Optional.of(DocumentType.PDF);
		}
		if (startsWith(head, JPEG, 0)) {
			return Optional.of(DocumentType.JPEG);
		}
		if (startsWith(head, PNG, 0)) {
			return Optional.of(DocumentType.PNG);
		}
		if (startsWith(head, TIFF_LITTLE_ENDIAN, 0) || startsWith(head, TIFF_BIG_ENDIAN, 0)) {
			return Optional.of(DocumentType.TIFF);
		}
		if (startsWith(head, ZIP, 0)) {
			return zipContainer(file);
		}
		if (startsWith(head, ID3, 0) || isMpegAudioLayer3Frame(head)) {
			return Optional.of(DocumentType.MP3);
		}
		if (startsWith(head, FTYP, 4) && isMp4Brand(head)) {
			return Optional.of(DocumentType.MP4);
		}
		return Optional.empty();
	}

	/**
	 * Only the entry names in the ZIP's central directory are read, never an entry's content, so a ZIP bomb is not
	 * expanded. OFD (GB/T 33190-2016 电子文件存储与交换格式 版式文档): the entry file {@code OFD.xml} at the package
	 * root. A Word document (ISO/IEC 29500-2 package): {@code [Content_Types].xml} and the main part
	 * {@code word/document.xml}; an Excel or PowerPoint package has {@code xl/} or {@code ppt/} instead, and is not a
	 * DOCX whatever its name.
	 */
	private static Optional<DocumentType> zipContainer(Path file) throws IOException {
		boolean contentTypes = false;
		boolean word = false;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				if (name.equals("OFD.xml")) {
					return Optional.of(DocumentType.OFD);
				}
				contentTypes |= name.equals("[Content_Types].xml");
				word |= name.equals("word/document.xml");
			}
		}
		catch (ZipException ex) {
			return Optional.empty();
		}
		return contentTypes && word ? Optional.of(DocumentType.DOCX) : Optional.empty();
	}

	/**
	 * An MPEG audio frame header: 11 sync bits, then a version and layer; only Layer III (MP3) counts, so ADTS AAC
	 * ({@code FF F1}) and MPEG Layer I/II streams are not taken for MP3.
	 */
	private static boolean isMpegAudioLayer3Frame(byte[] head) {
		if (head.length < 2 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xE0) != 0xE0) {
			return false;
		}
		int version = (head[1] >> 3) & 0x03;
		int layer = (head[1] >> 1) & 0x03;
		return version != 0x01 && layer == 0x01;
	}

	/**
	 * ISO/IEC 14496-12 {@code ftyp}: the major brand (bytes 8–11) is an MP4 one ({@code mp41}, {@code mp42},
	 * {@code isom}, {@code iso2}…, {@code M4V }, {@code M4A }); QuickTime ({@code qt  }), HEIF and 3GP are not MP4.
	 */
	private static boolean isMp4Brand(byte[] head) {
		if (head.length < 12) {
			return false;
		}
		String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
		return brand.startsWith("mp4") || brand.startsWith("iso") || brand.equals("M4V ") || brand.equals("M4A ")
				|| brand.equals("avc1") || brand.equals("dash");
	}

	private static byte[] head(Path file, int length) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(length);
		}
	}

	private static boolean startsWith(byte[] data, byte[] prefix, int offset) {
		return data.length >= offset + prefix.length
				&& Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
	}
}
