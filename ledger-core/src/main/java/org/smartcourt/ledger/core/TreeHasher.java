package org.smartcourt.ledger.core;

/**
 * The Merkle tree hash function of one log (RFC 6962 §2.1, RFC 9162 §2.1.1).
 *
 * <p>Leaves are hashed as {@code HASH(0x00 || data)} and interior nodes as
 * {@code HASH(0x01 || left || right)}; the distinct prefixes give the domain separation that
 * makes a leaf unforgeable as a node (second-preimage resistance). The hash algorithm is a fixed
 * parameter of a log (RFC 9162 §2.1): SHA-256 by default, SM3 (GB/T 32905) as an option.
 *
 * <p>Implementations are stateless and thread-safe. Every returned array is fresh and
 * {@link #size()} bytes long.
 */
public interface TreeHasher {

	/** Leaf prefix byte, RFC 6962 §2.1. */
	byte LEAF_PREFIX = 0x00;
	/** Interior node prefix byte, RFC 6962 §2.1. */
	byte NODE_PREFIX = 0x01;

	/** The hasher of RFC 6962 (SHA-256). */
	static TreeHasher sha256() {
		return Rfc6962Sha256.INSTANCE;
	}

	/** The same construction with SM3 as the hash function. */
	static TreeHasher sm3() {
		return Rfc6962Sm3.INSTANCE;
	}

	/** A short stable name of the algorithm ({@code "SHA-256"}, {@code "SM3"}), for configuration and logs. */
	String algorithm();

	/** Length in bytes of every hash this hasher produces. */
	int size();

	/** MTH({}) = HASH(): the root of the empty tree. */
	byte[] emptyRoot();

	/** MTH({d}) = HASH(0x00 || d): the leaf hash of one entry. */
	byte[] hashLeaf(byte[] data);

	/** HASH(0x01 || left || right): the hash of an interior node from its two children. */
	byte[] hashChildren(byte[] left, byte[] right);
}
