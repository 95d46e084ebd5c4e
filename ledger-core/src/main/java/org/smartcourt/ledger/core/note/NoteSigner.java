package org.smartcourt.ledger.core.note;

import java.nio.charset.StandardCharsets;

/** A private key that signs note texts under one key name and key ID (c2sp.org/signed-note). */
public interface NoteSigner {

	String keyName();

	int keyId();

	/** The signature over the message (for plain notes, the note text's UTF-8 bytes). */
	byte[] sign(byte[] message);

	/** The public half, as a verifier key. */
	VerifierKey verifierKey();

	/** Signs a note text and returns its signature line. */
	default NoteSignature signText(String text) {
		return new NoteSignature(keyName(), keyId(), sign(text.getBytes(StandardCharsets.UTF_8)));
	}
}
