package org.smartcourt.ledger.core.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;

/**
 * Ed25519 (RFC 8032): signing on the JDK's built-in provider (JEP 339), with keys in their 32-byte RFC 8032 encodings as
 * signed notes carry them. Signatures are deterministic, so a signer reproduces published vectors byte for byte.
 */
final class Ed25519Keys {

	static final int KEY_SIZE = 32;
	static final int SIGNATURE_SIZE = 64;

	private Ed25519Keys() {
	}

	static byte[] newSeed() {
		byte[] seed = new byte[KEY_SIZE];
		new SecureRandom().nextBytes(seed);
		return seed;
	}

	/**
	 * The public key of a private seed. The JDK has no API to derive it from a raw seed, so BouncyCastle's RFC 8032
	 * arithmetic does this one step.
	 */
	static byte[] publicKey(byte[] seed) {
		requireSize(seed, "private key");
		byte[] pk = new byte[KEY_SIZE];
		org.bouncycastle.math.ec.rfc8032.Ed25519.generatePublicKey(seed, 0, pk, 0);
		return pk;
	}

	static byte[] sign(byte[] seed, byte[] message) {
		try {
			PrivateKey key = KeyFactory.getInstance("Ed25519")
					.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
			Signature ed = Signature.getInstance("Ed25519");
			ed.initSign(key);
			ed.update(message);
			return ed.sign();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 signing failed", e);
		}
	}

	/**
	 * Verifies with BouncyCastle's RFC 8032 code, several times faster than JDK 17's pure-Java EdDSA (an offline receipt
	 * check verifies three signatures); signing stays on the JDK.
	 */
	static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		if (publicKey.length != KEY_SIZE || signature.length != SIGNATURE_SIZE) {
			return false;
		}
		try {
			return org.bouncycastle.math.ec.rfc8032.Ed25519.verify(signature, 0, publicKey, 0, message, 0, message.length);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	static void requireSize(byte[] key, String what) {
		if (key.length != KEY_SIZE) {
			throw new InvalidNoteException("an Ed25519 " + what + " is " + KEY_SIZE + " bytes, not " + key.length);
		}
	}
}
