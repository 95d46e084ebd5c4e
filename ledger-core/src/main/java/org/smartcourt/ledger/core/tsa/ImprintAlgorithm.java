package org.smartcourt.ledger.core.tsa;

import java.util.Arrays;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.tsp.TSPAlgorithms;

/** The hash of a time-stamp's message imprint (RFC 3161 §2.4.1 {@code MessageImprint}): SHA-256 or SM3 (GB/T 32905). */
public enum ImprintAlgorithm {

	SHA_256("SHA-256", TSPAlgorithms.SHA256),
	SM3("SM3", TSPAlgorithms.SM3);

	private final String displayName;
	private final ASN1ObjectIdentifier oid;

	ImprintAlgorithm(String displayName, ASN1ObjectIdentifier oid) {
		this.displayName = displayName;
		this.oid = oid;
	}

	/** {@code "SHA-256"} or {@code "SM3"}, as reports and configuration spell it. */
	public String displayName() {
		return displayName;
	}

	public ASN1ObjectIdentifier oid() {
		return oid;
	}

	/** The 32-byte digest of {@code data}. */
	public byte[] digest(byte[] data) {
		Digest digest = this == SM3 ? new SM3Digest() : new SHA256Digest();
		digest.update(data, 0, data.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

	/** The algorithm with this OID. */
	public static ImprintAlgorithm of(ASN1ObjectIdentifier oid) {
		return Arrays.stream(values()).filter(a -> a.oid.equals(oid)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unsupported imprint algorithm " + oid));
	}

	/** The algorithm with this display name, case-insensitive ({@code SHA-256}, {@code SHA256}, {@code SM3}). */
	public static ImprintAlgorithm named(String name) {
		String n = name.replace("-", "").replace("_", "");
		return Arrays.stream(values()).filter(a -> a.displayName.replace("-", "").equalsIgnoreCase(n)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown hash algorithm " + name + "; use SHA-256 or SM3"));
	}
}
