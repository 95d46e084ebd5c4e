package org.smartcourt.ledger.core;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * {@link TreeHasher} with SM3 (GB/T 32905) and the RFC 6962 §2.1 prefixes, as RFC 9162 §2.1
 * allows a log to choose its hash algorithm. Uses BouncyCastle's lightweight digest directly, so
 * no JCA provider needs to be registered.
 */
final class Rfc6962Sm3 implements TreeHasher {

	static final Rfc6962Sm3 INSTANCE = new Rfc6962Sm3();

	private Rfc6962Sm3() {
	}

	@Override
	public String algorithm() {
		return "SM3";
	}

	@Override
	public int size() {
		return 32;
	}

	@Override
	public byte[] emptyRoot() {
		return finish(new SM3Digest());
	}

	@Override
	public byte[] hashLeaf(byte[] data) {
		SM3Digest d = new SM3Digest();
		d.update(LEAF_PREFIX);
		d.update(data, 0, data.length);
		return finish(d);
	}

	@Override
	public byte[] hashChildren(byte[] left, byte[] right) {
		SM3Digest d = new SM3Digest();
		d.update(NODE_PREFIX);
		d.update(left, 0, left.length);
		d.update(right, 0, right.length);
		return finish(d);
	}

	private static byte[] finish(SM3Digest d) {
		byte[] out = new byte[d.getDigestSize()];
		d.doFinal(out, 0);
		return out;
	}
}
