package org.smartcourt.ledger.core;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** {@link TreeHasher} with SHA-256 from the JDK, exactly the hasher of RFC 6962 §2.1. */
final class Rfc6962Sha256 implements TreeHasher {

	static final Rfc6962Sha256 INSTANCE = new Rfc6962Sha256();

	private final MessageDigest prototype;

	private Rfc6962Sha256() {
		try {
			prototype = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform must provide SHA-256", e);
		}
	}

	@Override
	public String algorithm() {
		return "SHA-256";
	}

	@Override
	public int size() {
		return 32;
	}

	@Override
	public byte[] emptyRoot() {
		return digest().digest();
	}

	@Override
	public byte[] hashLeaf(byte[] data) {
		MessageDigest md = digest();
		md.update(LEAF_PREFIX);
		md.update(data);
		return md.digest();
	}

	@Override
	public byte[] hashChildren(byte[] left, byte[] right) {
		MessageDigest md = digest();
		md.update(NODE_PREFIX);
		md.update(left);
		md.update(right);
		return md.digest();
	}

	// cloning a prototype is cheaper than a provider lookup and keeps the hasher thread-safe
	private MessageDigest digest() {
		try {
			return (MessageDigest) prototype.clone();
		} catch (CloneNotSupportedException e) {
			try {
				return MessageDigest.getInstance("SHA-256");
			} catch (NoSuchAlgorithmException impossible) {
				throw new IllegalStateException(impossible);
			}
		}
	}
}
