package org.smartcourt.ledger.core.note;

/** A public key that checks one signature type's signatures over note texts. */
public interface NoteVerifier {

	String keyName();

	int keyId();

	/** Whether the signature (without the 4-byte key ID) is valid for the note text. Never throws on bad input. */
	boolean verify(String text, byte[] signature);

	/** Whether this verifier is meant for a line with this name and ID (both must match, c2sp.org/signed-note). */
	default boolean matches(NoteSignature signature) {
		return keyName().equals(signature.keyName()) && keyId() == signature.keyId();
	}
}
