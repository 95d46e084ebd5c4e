package org.smartcourt.ledger.core.note;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A public key in the signed-note verifier-key text form {@code <name>+<8 hex key ID>+<base64(type || key)>}
 * (c2sp.org/signed-note, "vkey"). Known types: {@code 0x01} Ed25519 (log signatures), {@code 0x04} Ed25519
 * cosignature/v1 (witnesses), and SM2 under {@code 0xff} ({@link Sm2Keys}).
 *
 * @param name the key name
 * @param keyId the key ID
 * @param typeAndKey the signature type byte(s) followed by the public key
 */
public record VerifierKey(String name, int keyId, byte[] typeAndKey) {

	public VerifierKey {
		NoteKeys.requireValidName(name);
		if (typeAndKey.length < 2) {
			throw new InvalidNoteException("a verifier key needs a type and a key");
		}
		typeAndKey = typeAndKey.clone();
	}

	/** The key with its ID computed as the specification recommends. */
	public static VerifierKey of(String name, byte[] typeAndKey) {
		return new VerifierKey(name, NoteKeys.keyId(name, typeAndKey), typeAndKey);
	}

	/** Parses the text form; the key ID must match the one the specification derives from name, type and key. */
	public static VerifierKey parse(String vkey) {
		String[] parts = vkey.strip().split("\\+", 3);
		if (parts.length != 3 || parts[1].length() != 8 || !parts[1].matches("[0-9a-f]{8}")) {
			throw new InvalidNoteException("a verifier key is <name>+<8 lower-case hex digits>+<base64>: " + vkey);
		}
		byte[] typeAndKey;
		try {
			typeAndKey = Base64.getDecoder().decode(parts[2]);
		} catch (IllegalArgumentException e) {
			throw new InvalidNoteException("the key of a verifier key is not standard base64", e);
		}
		VerifierKey key = new VerifierKey(parts[0], Integer.parseUnsignedInt(parts[1], 16), typeAndKey);
		if (key.keyId != NoteKeys.keyId(key.name, typeAndKey)) {
			throw new InvalidNoteException("the key ID of " + key.name + " does not match its key");
		}
		return key;
	}

	@Override
	public byte[] typeAndKey() {
		return typeAndKey.clone();
	}

	/** The signature type, {@code 0x01}, {@code 0x04} or {@code 0xff}. */
	public int type() {
		return typeAndKey[0] & 0xff;
	}

	/** Whether this is a witness cosignature key (type {@code 0x04}). */
	public boolean isCosignatureKey() {
		return type() == CosignatureV1.TYPE;
	}

	/** A human name of the algorithm, for reports. */
	public String algorithm() {
		if (type() == Ed25519NoteSigner.TYPE) {
			return "Ed25519";
		}
		if (isCosignatureKey()) {
			return "Ed25519 cosignature/v1";
		}
		return Sm2Keys.isSm2(typeAndKey) ? "SM2-SM3" : "unknown (type 0x" + Integer.toHexString(type()) + ")";
	}

	/** The verifier for this key's signature type. */
	public NoteVerifier verifier() {
		byte[] key = Arrays.copyOfRange(typeAndKey, 1, typeAndKey.length);
		if (type() == Ed25519NoteSigner.TYPE) {
			return new Ed25519NoteVerifier(name, keyId, key);
		}
		if (isCosignatureKey()) {
			return new CosignatureV1.Verifier(name, keyId, key);
		}
		if (Sm2Keys.isSm2(typeAndKey)) {
			return new Sm2NoteVerifier(name, keyId, Sm2Keys.keyOf(typeAndKey));
		}
		throw new InvalidNoteException("unsupported signature type of " + name + ": " + algorithm());
	}

	/** Whether two keys wrap the same public key (tlog-policy's notion of duplicate keys). */
	public boolean sameKeyAs(VerifierKey other) {
		return Arrays.equals(typeAndKey, other.typeAndKey);
	}

	/** The text form. */
	@Override
	public String toString() {
		return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + Base64.getEncoder().encodeToString(typeAndKey);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof VerifierKey k && k.toString().equals(toString());
	}

	@Override
	public int hashCode() {
		return toString().hashCode();
	}
}
