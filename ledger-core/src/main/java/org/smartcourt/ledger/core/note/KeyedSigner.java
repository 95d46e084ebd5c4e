package org.smartcourt.ledger.core.note;

/** What every signer shares: its name, and the verifier key (hence key ID) derived from its public key. */
abstract class KeyedSigner implements NoteSigner {

	private final String keyName;
	private final VerifierKey verifierKey;

	KeyedSigner(String keyName, byte[] typeAndPublicKey) {
		this.keyName = NoteKeys.requireValidName(keyName);
		this.verifierKey = VerifierKey.of(keyName, typeAndPublicKey);
	}

	@Override
	public final String keyName() {
		return keyName;
	}

	@Override
	public final int keyId() {
		return verifierKey.keyId();
	}

	@Override
	public final VerifierKey verifierKey() {
		return verifierKey;
	}
}
