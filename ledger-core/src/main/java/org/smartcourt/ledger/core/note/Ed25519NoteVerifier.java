package org.smartcourt.ledger.core.note;

import java.nio.charset.StandardCharsets;

/** Verifies Ed25519 note signatures, signature type {@code 0x01}. */
final class Ed25519NoteVerifier implements NoteVerifier {

	private final String keyName;
	private final int keyId;
	private final byte[] publicKey;

	Ed25519NoteVerifier(String keyName, int keyId, byte[] publicKey) {
		Ed25519Keys.requireSize(publicKey, "public key");
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
		return Ed25519Keys.verify(publicKey, text.getBytes(StandardCharsets.UTF_8), signature);
	}
}
