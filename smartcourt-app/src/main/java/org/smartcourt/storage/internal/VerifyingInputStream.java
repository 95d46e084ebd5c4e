package org.smartcourt.storage.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.smartcourt.storage.FileIntegrityException;

/**
 * Hashes the bytes as they are read and, at the end of the stream, compares the SHA-256 with the one the file is
 * stored under. A reader that stops early learns nothing; one that reads to the end gets
 * {@link FileIntegrityException} instead of {@code -1} when the content was altered.
 */
final class VerifyingInputStream extends FilterInputStream {

	private final String expected;
	private final MessageDigest digest;
	private boolean verified;

	VerifyingInputStream(InputStream in, String expected) {
		super(in);
		this.expected = expected;
		this.digest = Sha256.newDigest();
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b < 0) {
			verify();
		}
		else {
			digest.update((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n < 0) {
			verify();
		}
		else {
			digest.update(buffer, offset, n);
		}
		return n;
	}

	/** Skipped bytes are read, so that they are hashed too. */
	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[8192];
		long skipped = 0;
		while (skipped < n) {
			int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public synchronized void mark(int readlimit) {
		// not supported: re-reading would hash bytes twice
	}

	@Override
	public synchronized void reset() throws IOException {
		throw new IOException("mark/reset not supported");
	}

	private void verify() throws FileIntegrityException {
		if (verified) {
			return;
		}
		verified = true;
		String actual = HexFormat.of().formatHex(digest.digest());
		if (!actual.equals(expected)) {
			throw new FileIntegrityException(expected, actual);
		}
	}
}
