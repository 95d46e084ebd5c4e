package org.smartcourt.ledger.core.note;

/** Signs notes with SM2/SM3 under the {@code 0xff} escape type described in {@link Sm2Keys}. */
public final class Sm2NoteSigner extends KeyedSigner {

	private final byte[] privateKey;

	/** A signer from the 32-byte private scalar. */
	public Sm2NoteSigner(String keyName, byte[] privateKey) {
		super(keyName, Sm2Keys.withType(Sm2Keys.publicKey(privateKey)));
		this.privateKey = privateKey.clone();
	}

	/** A signer with a fresh random key. */
	public static Sm2NoteSigner generate(String keyName) {
		return new Sm2NoteSigner(keyName, Sm2Keys.newPrivateKey());
	}

	@Override
	public byte[] sign(byte[] message) {
		return Sm2Keys.sign(privateKey, message);
	}

	/** The private key in the {@code PRIVATE+KEY+…} form; keep it secret. */
	public SignerKey signerKey() {
		return new SignerKey(keyName(), keyId(), Sm2Keys.withType(privateKey));
	}
}
