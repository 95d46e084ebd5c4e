package org.smartcourt.ledger.core.note;

import java.nio.charset.StandardCharsets;

/** Verifies SM2/SM3 note signatures ({@link Sm2Keys}). */
final class Sm2NoteVerifier implements NoteVerifier {

	private final String keyName;
	private final int keyId;
	private final byte[] publicKey;

	Sm2NoteVerifier(String keyName, int keyId, byte[] publicKey) {
		Sm2Keys.point(publicKey);
		this.keyName = keyName;
		this.keyId = keyId;
		this.publicKey = publicKey.clone();
	}

	@Override
	public String keyName() {
		return keyName;
	}

	@Override
	public int keyId() {
		return keyId;
	}

	@Override
	public boolean verify(String text, byte[] signature) {
		return Sm2Keys.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), signature);
	}
}
