package org.smartcourt.storage.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/** A file's identity: the lower-case hex SHA-256 of its content. */
record Sha256(String hex) {

	private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

	Sha256 {
		if (hex == null || !HEX.matcher(hex).matches()) {
			throw new IllegalArgumentException("not a lower-case hex SHA-256: " + hex);
		}
	}

	/** Whether {@code text} is a well-formed hash; anything else never names a stored file (nor a path). */
	static boolean isValid(String text) {
		return text != null && HEX.matcher(text).matches();
	}

	/** The directory the file lives in: the first two hex digits, so no directory grows past 256 × its share. */
	String shard() {
		return hex.substring(0, 2);
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}
}
