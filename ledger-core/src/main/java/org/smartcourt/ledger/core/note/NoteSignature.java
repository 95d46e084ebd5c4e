package org.smartcourt.ledger.core.note;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * One signature line of a signed note: {@code — <key name> base64(key ID || signature)} (c2sp.org/signed-note).
 *
 * @param keyName the signer's key name
 * @param keyId the 32-bit key ID (big-endian on the wire)
 * @param signature the signature bytes after the key ID
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {

	/** The dash that opens every signature line: U+2014 EM DASH followed by a space. */
	public static final String PREFIX = "\u2014 ";

	public NoteSignature {
		NoteKeys.requireValidName(keyName);
		signature = signature.clone();
	}

	@Override
	public byte[] signature() {
		return signature.clone();
	}

	/** The base64 blob of the line: key ID then signature. */
	public String encoded() {
		return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array());
	}

	/** The full line, newline included. */
	public String line() {
		return PREFIX + keyName + " " + encoded() + "\n";
	}

	/** Parses one signature line, without its final newline (as witnesses return them, c2sp.org/tlog-witness). */
	public static NoteSignature parse(String line) {
		if (!line.startsWith(PREFIX)) {
			throw new InvalidNoteException("signature line must start with an em dash and a space");
		}
		String rest = line.substring(PREFIX.length());
		int space = rest.indexOf(' ');
		if (space <= 0 || rest.indexOf(' ', space + 1) >= 0) {
			throw new InvalidNoteException("signature line must be '— <key name> <base64>'");
		}
		byte[] blob;
		try {
			blob = Base64.getDecoder().decode(rest.substring(space + 1));
		} catch (IllegalArgumentException e) {
			throw new InvalidNoteException("signature is not standard base64", e);
		}
		if (blob.length < 5) {
			throw new InvalidNoteException("signature must hold a 4-byte key ID and a signature");
		}
		ByteBuffer buffer = ByteBuffer.wrap(blob);
		int keyId = buffer.getInt();
		byte[] signature = new byte[buffer.remaining()];
		buffer.get(signature);
		return new NoteSignature(rest.substring(0, space), keyId, signature);
	}
}
