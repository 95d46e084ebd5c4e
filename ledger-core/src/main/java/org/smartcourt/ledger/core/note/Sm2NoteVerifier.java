package org.smartcourt.ledger.core.note;

import java.nio.charset.StandardCharsets;

/** Verifies SM2/SM3 note signatures ({@link Sm2Keys}). */
record Sm2NoteVerifier(String keyName, int keyId, byte[] publicKey) implements NoteVerifier {

	Sm2NoteVerifier {
		Sm2Keys.point(publicKey);
		publicKey = publicKey.clone();
	}

	@Override
	public boolean verify(String text, byte[] signature) {
		return Sm2Keys.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), signature);
	}
}
