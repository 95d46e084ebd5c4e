package org.smartcourt.ledger.core.note;

/** Signs notes with Ed25519, signature type {@code 0x01} (c2sp.org/signed-note). */
public final class Ed25519NoteSigner extends KeyedSigner {

	static final byte TYPE = 0x01;

	private final byte[] seed;

	/** A signer from the 32-byte RFC 8032 private key (seed). */
	public Ed25519NoteSigner(String keyName, byte[] seed) {
		super(keyName, NoteKeys.concat(TYPE, Ed25519Keys.publicKey(seed)));
		this.seed = seed.clone();
	}

	/** A signer with a fresh random key. */
	public static Ed25519NoteSigner generate(String keyName) {
		return new Ed25519NoteSigner(keyName, Ed25519Keys.newSeed());
	}

	@Override
	public byte[] sign(byte[] message) {
		return Ed25519Keys.sign(seed, message);
	}

	/** The private key in the Go {@code PRIVATE+KEY+<name>+<id>+<base64>} form; keep it secret. */
	public SignerKey signerKey() {
		return new SignerKey(keyName(), keyId(), NoteKeys.concat(TYPE, seed));
	}
}
