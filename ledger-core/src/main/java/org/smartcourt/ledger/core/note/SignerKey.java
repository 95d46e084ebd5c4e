package org.smartcourt.ledger.core.note;

import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A private key in the Go sumdb/note text form {@code PRIVATE+KEY+<name>+<8 hex key ID>+<base64(type || secret)>}:
 * how keys are kept in configuration files and keystores. {@link #toString()} hides the secret; {@link #encoded()}
 * gives the full text.
 *
 * @param name the key name
 * @param keyId the key ID of the matching verifier key
 * @param typeAndSecret the signature type byte(s) followed by the private key
 */
public record SignerKey(String name, int keyId, byte[] typeAndSecret) {

	private static final String PREFIX = "PRIVATE+KEY+";

	public SignerKey {
		NoteKeys.requireValidName(name);
		typeAndSecret = typeAndSecret.clone();
	}

	/** Parses the text form and checks that the key ID matches the public key derived from the secret. */
	public static SignerKey parse(String text) {
		String s = text.strip();
		if (!s.startsWith(PREFIX)) {
			throw new InvalidNoteException("a signer key starts with PRIVATE+KEY+");
		}
		String[] parts = s.substring(PREFIX.length()).split("\\+", 3);
		if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
			throw new InvalidNoteException("a signer key is PRIVATE+KEY+<name>+<8 hex digits>+<base64>");
		}
		byte[] secret;
		try {
			secret = Base64.getDecoder().decode(parts[2]);
		} catch (IllegalArgumentException e) {
			throw new InvalidNoteException("the secret of a signer key is not standard base64", e);
		}
		SignerKey key = new SignerKey(parts[0], Integer.parseUnsignedInt(parts[1], 16), secret);
		if (key.signer(Clock.systemUTC()).keyId() != key.keyId) {
			throw new InvalidNoteException("the key ID of " + key.name + " does not match its key");
		}
		return key;
	}

	@Override
	public byte[] typeAndSecret() {
		return typeAndSecret.clone();
	}

	/** The signer; {@code clock} stamps cosignatures and is unused by other types. */
	public NoteSigner signer(Clock clock) {
		int type = typeAndSecret[0] & 0xff;
		byte[] secret = Arrays.copyOfRange(typeAndSecret, 1, typeAndSecret.length);
		if (type == Ed25519NoteSigner.TYPE) {
			return new Ed25519NoteSigner(name, secret);
		}
		if (type == CosignatureV1.TYPE) {
			return new CosignatureV1.Signer(name, secret, clock);
		}
		if (Sm2Keys.isSm2(typeAndSecret)) {
			return new Sm2NoteSigner(name, Sm2Keys.keyOf(typeAndSecret));
		}
		throw new InvalidNoteException("unsupported signature type of signer key " + name);
	}

	/** The full secret text form. */
	public String encoded() {
		return PREFIX + name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + Base64.getEncoder().encodeToString(typeAndSecret);
	}

	/** Never the secret: only the name and key ID. */
	@Override
	public String toString() {
		return "SignerKey[" + name + "+" + HexFormat.of().toHexDigits(keyId) + "]";
	}
}
