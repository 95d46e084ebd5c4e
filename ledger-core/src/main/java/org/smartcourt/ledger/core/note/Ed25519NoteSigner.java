package org.smartcourt.ledger.core.note;

/** Signs notes with Ed25519, signature type {@code 0x01} (c2sp.org/signed-note). */
public final class Ed25519NoteSigner implements NoteSigner {

	static final byte TYPE = 0x01;

	private final String keyName;
	private final byte[] seed;
	private final VerifierKey verifierKey;

	/** A signer from the 32-byte RFC 8032 private key (seed). */
	public Ed25519NoteSigner(String keyName, byte[] seed) {
		Ed25519Keys.requireSize(seed, "private key");
		this.keyName = NoteKeys.requireValidName(keyName);
		this.seed = seed.clone();
		this.verifierKey = VerifierKey.of(keyName, NoteKeys.concat(TYPE, Ed25519Keys.publicKey(seed)));
	}

	/** A signer with a fresh random key. */
	public static Ed25519NoteSigner generate(String keyName) {
		return new Ed25519NoteSigner(keyName, Ed25519Keys.newSeed());
	}

	@Override
	public String keyName() {
		return keyName;
	}

	@Override
	public int keyId() {
		return verifierKey.keyId();
	}

	@Override
	public byte[] sign(byte[] message) {
		return Ed25519Keys.sign(seed, message);
	}

	@Override
	public VerifierKey verifierKey() {
		return verifierKey;
	}

	/** The private key in the Go {@code PRIVATE+KEY+<name>+<id>+<base64>} form; keep it secret. */
	public SignerKey signerKey() {
		return new SignerKey(keyName, keyId(), NoteKeys.concat(TYPE, seed));
	}
}
