package org.smartcourt.ledger.core.note;

import java.nio.charset.StandardCharsets;

/** Verifies Ed25519 note signatures, signature type {@code 0x01}. */
record Ed25519NoteVerifier(String keyName, int keyId, byte[] publicKey) implements NoteVerifier {

	Ed25519NoteVerifier {
		Ed25519Keys.requireSize(publicKey, "public key");
		publicKey = publicKey.clone();
	}

	@Override
	public boolean verify(String text, byte[] signature) {
		return Ed25519Keys.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), signature);
	}
}
