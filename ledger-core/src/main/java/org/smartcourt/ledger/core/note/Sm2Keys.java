package org.smartcourt.ledger.core.note;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.ECPoint;

/**
 * SM2 signatures with SM3 (GB/T 32918, GM/T 0009) as a signed-note signature type of our own. signed-note assigns no
 * byte to SM2, so the type is the escape byte {@code 0xff} followed by the identifier {@link #ALGORITHM}; the
 * key-ID preimage is therefore {@code name || 0x0A || 0xff || ALGORITHM || public key}, and verifier keys carry the
 * same bytes. The public key is the 65-byte uncompressed point, the private key the 32-byte scalar, and a signature
 * the DER encoding of (r, s).
 *
 * <p>The user ID that enters Z_A is always passed explicitly ({@link #USER_ID}, the GM/T 0009 default
 * "1234567812345678"): BouncyCastle versions disagreed on the implicit default, which broke interoperability.
 */
public final class Sm2Keys {

	/** The identifier after the {@code 0xff} type byte. */
	public static final String ALGORITHM = "smartcourt.org/sm2-sm3/v1";
	/** The SM2 signer ID used for every signature (GM/T 0009-2012 default). */
	public static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

	static final byte[] TYPE = NoteKeys.concat((byte) 0xff, ALGORITHM.getBytes(StandardCharsets.US_ASCII));
	static final int PUBLIC_KEY_SIZE = 65;
	static final int PRIVATE_KEY_SIZE = 32;

	private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
	private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE);

	private Sm2Keys() {
	}

	static boolean isSm2(byte[] typeAndKey) {
		return typeAndKey.length > TYPE.length && Arrays.equals(typeAndKey, 0, TYPE.length, TYPE, 0, TYPE.length);
	}

	static byte[] keyOf(byte[] typeAndKey) {
		return Arrays.copyOfRange(typeAndKey, TYPE.length, typeAndKey.length);
	}

	static byte[] withType(byte[] key) {
		byte[] out = Arrays.copyOf(TYPE, TYPE.length + key.length);
		System.arraycopy(key, 0, out, TYPE.length, key.length);
		return out;
	}

	static byte[] newPrivateKey() {
		SecureRandom random = new SecureRandom();
		BigInteger d;
		do {
			d = new BigInteger(256, random);
		} while (d.signum() == 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0);
		return scalar(d);
	}

	static byte[] publicKey(byte[] privateKey) {
		return DOMAIN.getG().multiply(privateScalar(privateKey)).normalize().getEncoded(false);
	}

	static byte[] sign(byte[] privateKey, byte[] message) {
		SM2Signer signer = new SM2Signer();
		signer.init(true, new ParametersWithID(new ParametersWithRandom(
				new ECPrivateKeyParameters(privateScalar(privateKey), DOMAIN), new SecureRandom()), USER_ID));
		signer.update(message, 0, message.length);
		try {
			return signer.generateSignature();
		} catch (CryptoException e) {
			throw new IllegalStateException("SM2 signing failed", e);
		}
	}

	static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		try {
			SM2Signer verifier = new SM2Signer();
			verifier.init(false, new ParametersWithID(new ECPublicKeyParameters(point(publicKey), DOMAIN), USER_ID));
			verifier.update(message, 0, message.length);
			return verifier.verifySignature(signature);
		} catch (RuntimeException e) {
			return false;
		}
	}

	static ECPoint point(byte[] publicKey) {
		if (publicKey.length != PUBLIC_KEY_SIZE || publicKey[0] != 0x04) {
			throw new InvalidNoteException("an SM2 public key is a 65-byte uncompressed point");
		}
		ECPoint point = CURVE.getCurve().decodePoint(publicKey);
		if (!point.isValid()) {
			throw new InvalidNoteException("the SM2 public key is not on the curve");
		}
		return point;
	}

	private static BigInteger privateScalar(byte[] privateKey) {
		if (privateKey.length != PRIVATE_KEY_SIZE) {
			throw new InvalidNoteException("an SM2 private key is " + PRIVATE_KEY_SIZE + " bytes");
		}
		BigInteger d = new BigInteger(1, privateKey);
		if (d.signum() == 0 || d.compareTo(DOMAIN.getN()) >= 0) {
			throw new InvalidNoteException("the SM2 private key is out of range");
		}
		return d;
	}

	private static byte[] scalar(BigInteger d) {
		byte[] raw = d.toByteArray();
		byte[] out = new byte[PRIVATE_KEY_SIZE];
		int n = Math.min(raw.length, PRIVATE_KEY_SIZE);
		System.arraycopy(raw, raw.length - n, out, PRIVATE_KEY_SIZE - n, n);
		return out;
	}
}
