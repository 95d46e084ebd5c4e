package org.smartcourt.ledger.core.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Key names and key IDs as c2sp.org/signed-note defines them. */
final class NoteKeys {

	private NoteKeys() {
	}

	/** Key names are non-empty and contain no Unicode space and no {@code +}. */
	static String requireValidName(String name) {
		if (name == null || name.isEmpty()) {
			throw new InvalidNoteException("key name must not be empty");
		}
		for (int i = 0; i < name.length(); ) {
			int cp = name.codePointAt(i);
			if (cp == '+' || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
				throw new InvalidNoteException("key name must not contain spaces, control characters or '+': " + name);
			}
			i += Character.charCount(cp);
		}
		return name;
	}

	/** {@code SHA-256(key name || 0x0A || type-and-key)[:4]} as a big-endian uint32. */
	static int keyId(String name, byte[] typeAndKey) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(name.getBytes(StandardCharsets.UTF_8));
			sha256.update((byte) 0x0A);
			sha256.update(typeAndKey);
			byte[] h = sha256.digest();
			return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	static byte[] concat(byte type, byte[] key) {
		byte[] out = new byte[1 + key.length];
		out[0] = type;
		System.arraycopy(key, 0, out, 1, key.length);
		return out;
	}
}
