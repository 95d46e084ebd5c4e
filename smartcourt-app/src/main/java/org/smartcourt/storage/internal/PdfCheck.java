package org.smartcourt.storage.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Refuses PDFs the court cannot read or keep: encrypted ones (a password or permissions would lock the 电子卷宗) and
 * truncated ones. A byte scan of the file's end, not a parser: {@code %%EOF} must end the file (ISO 32000-1 §7.5.5,
 * tolerating up to {@value #EOF_WINDOW} bytes of trailing junk as readers do) and neither the {@code trailer}
 * dictionary nor the cross-reference stream that {@code startxref} points to may have an {@code /Encrypt} entry
 * (§7.5.8.2, §7.6.1).
 */
final class PdfCheck {

	static final int EOF_WINDOW = 1024;
	private static final int TAIL = 16 * 1024;
	private static final int XREF_DICTIONARY = 4 * 1024;
	private static final byte[] EOF = ascii("%%EOF");
	private static final byte[] TRAILER = ascii("trailer");
	private static final byte[] STARTXREF = ascii("startxref");
	private static final byte[] ENCRYPT = ascii("/Encrypt");
	private static final byte[] STREAM = ascii("stream");

	/** @return why the PDF is refused, or empty when it is acceptable. */
	Optional<FileRejection> problem(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			byte[] tail = read(channel, Math.max(0, size - TAIL), TAIL);
			int eof = lastIndexOf(tail, EOF, tail.length);
			if (eof < 0 || tail.length - eof > EOF_WINDOW) {
				return Optional.of(FileRejection.CORRUPT_PDF);
			}
			int trailer = lastIndexOf(tail, TRAILER, tail.length);
			if (trailer >= 0 && hasEncryptName(tail, trailer, tail.length)) {
				return Optional.of(FileRejection.ENCRYPTED_PDF);
			}
			long xref = startXref(tail);
			if (xref >= 0 && xref < size) {
				byte[] dictionary = read(channel, xref, XREF_DICTIONARY);
				int stream = indexOf(dictionary, STREAM, 0);
				if (hasEncryptName(dictionary, 0, stream < 0 ? dictionary.length : stream)) {
					return Optional.of(FileRejection.ENCRYPTED_PDF);
				}
			}
			return Optional.empty();
		}
	}

	/** The byte offset after the last {@code startxref} keyword, or -1. */
	private static long startXref(byte[] tail) {
		int at = lastIndexOf(tail, STARTXREF, tail.length);
		if (at < 0) {
			return -1;
		}
		int i = at + STARTXREF.length;
		while (i < tail.length && isWhitespace(tail[i])) {
			i++;
		}
		long offset = 0;
		int digits = 0;
		while (i < tail.length && tail[i] >= '0' && tail[i] <= '9' && digits < 18) {
			offset = offset * 10 + (tail[i] - '0');
			i++;
			digits++;
		}
		return digits == 0 ? -1 : offset;
	}

	/** Whether the name {@code /Encrypt} (and not e.g. {@code /EncryptMetadata}) occurs in {@code [from, to)}. */
	private static boolean hasEncryptName(byte[] data, int from, int to) {
		int at = indexOf(data, ENCRYPT, from);
		while (at >= 0 && at + ENCRYPT.length <= to) {
			int next = at + ENCRYPT.length;
			if (next >= data.length || isWhitespace(data[next]) || isDelimiter(data[next])) {
				return true;
			}
			at = indexOf(data, ENCRYPT, next);
		}
		return false;
	}

	private static byte[] read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, Math.max(0, channel.size() - position)));
		while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
			// keep reading until the window is full or the file ends
		}
		byte[] bytes = new byte[buffer.position()];
		buffer.flip().get(bytes);
		return bytes;
	}

	private static int indexOf(byte[] data, byte[] needle, int from) {
		for (int i = Math.max(0, from); i <= data.length - needle.length; i++) {
			if (matchesAt(data, needle, i)) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOf(byte[] data, byte[] needle, int before) {
		for (int i = Math.min(before, data.length) - needle.length; i >= 0; i--) {
			if (matchesAt(data, needle, i)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean matchesAt(byte[] data, byte[] needle, int at) {
		for (int j = 0; j < needle.length; j++) {
			if (data[at + j] != needle[j]) {
				return false;
			}
		}
		return true;
	}

	/** PDF white-space characters (ISO 32000-1 Table 1). */
	private static boolean isWhitespace(byte b) {
		return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
	}

	/** PDF delimiter characters (ISO 32000-1 Table 2). */
	private static boolean isDelimiter(byte b) {
		return "()<>[]{}/%".indexOf(b) >= 0;
	}

	private static byte[] ascii(String s) {
		return s.getBytes(StandardCharsets.US_ASCII);
	}
}
