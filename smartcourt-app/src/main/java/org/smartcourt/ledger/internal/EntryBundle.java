package org.smartcourt.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A C2SP tlog-tiles entry bundle: up to 256 entries, each a big-endian uint16 length followed by that many bytes (so
 * an entry is at most 65,535 bytes). Immutable.
 */
record EntryBundle(long index, byte[] data) {

	static final int MAX_ENTRY = 0xffff;

	static EntryBundle empty(long index) {
		return new EntryBundle(index, new byte[0]);
	}

	EntryBundle append(List<byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + entries.size() * 200);
		out.writeBytes(data);
		for (byte[] entry : entries) {
			if (entry.length > MAX_ENTRY) {
				throw new IllegalArgumentException("an entry is at most 65535 bytes");
			}
			out.write(entry.length >>> 8);
			out.write(entry.length & 0xff);
			out.writeBytes(entry);
		}
		return new EntryBundle(index, out.toByteArray());
	}

	/**
	 * The entries, in order.
	 *
	 * @throws IllegalStateException if the bytes are not a sequence of length-prefixed entries
	 */
	List<byte[]> entries() {
		List<byte[]> entries = new ArrayList<>();
		int at = 0;
		while (at < data.length) {
			int length = end(at);
			entries.add(Arrays.copyOfRange(data, at + 2, at + 2 + length));
			at += 2 + length;
		}
		return entries;
	}

	int count() {
		int count = 0;
		for (int at = 0; at < data.length; at += 2 + end(at)) {
			count++;
		}
		return count;
	}

	/** The bundle as it was with its first {@code width} entries (tlog-tiles {@code .p/W}). */
	byte[] truncated(int width) {
		int at = 0;
		for (int i = 0; i < width; i++) {
			if (at >= data.length) {
				throw new IllegalArgumentException("bundle " + index + " has fewer than " + width + " entries");
			}
			at += 2 + end(at);
		}
		return Arrays.copyOf(data, at);
	}

	private int end(int at) {
		if (at + 2 > data.length) {
			throw new IllegalStateException("bundle " + index + " is truncated inside a length prefix");
		}
		int length = ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
		if (at + 2 + length > data.length) {
			throw new IllegalStateException("bundle " + index + " is truncated inside an entry");
		}
		return length;
	}
}
