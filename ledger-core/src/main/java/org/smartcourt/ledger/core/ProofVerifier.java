package org.smartcourt.ledger.core;

import java.security.MessageDigest;
import java.util.List;
import java.util.Objects;

/**
 * Verifies Merkle inclusion proofs (RFC 9162 §2.1.3.2) and consistency proofs (RFC 9162 §2.1.4.2).
 *
 * <p>Uses the bit-arithmetic formulation of transparency-dev/merkle {@code proof/verify.go}, which
 * is equivalent to the RFC's step-by-step algorithms but first computes the exact expected proof
 * length ({@code inner + border}) and rejects any other length outright (no "too short" or
 * "too long" proof can ever pass). Every hash (leaf hash, proof element, root) must be exactly
 * {@link TreeHasher#size()} bytes. Roots are compared in constant time.
 *
 * <p>Thread-safe; sizes and indices are unsigned in the RFC and must be non-negative here.
 */
public final class ProofVerifier {

	private final TreeHasher hasher;

	public ProofVerifier(TreeHasher hasher) {
		this.hasher = Objects.requireNonNull(hasher, "hasher");
	}

	/**
	 * Checks that the leaf with hash {@code leafHash} is at {@code index} in the tree of
	 * {@code size} leaves whose root is {@code root} (RFC 9162 §2.1.3.2).
	 *
	 * @throws InvalidProofException if the proof does not prove that
	 */
	public void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
			throws InvalidProofException {
		requireHash(root, "root");
		requireMatch(rootFromInclusionProof(index, size, leafHash, proof), root, "root");
	}

	/**
	 * The root that an inclusion proof implies for leaf {@code index} in a tree of {@code size}
	 * leaves; useful when the root is only known afterwards (for example from a checkpoint).
	 *
	 * @throws InvalidProofException if index or size are out of range or the proof has the wrong shape
	 */
	public byte[] rootFromInclusionProof(long index, long size, byte[] leafHash, List<byte[]> proof)
			throws InvalidProofException {
		if (index < 0 || size < 0) {
			throw new InvalidProofException("negative index or size: " + index + ", " + size);
		}
		if (index >= size) {
			throw new InvalidProofException("index " + index + " is beyond tree size " + size);
		}
		requireHash(leafHash, "leaf hash");
		int inner = innerProofSize(index, size);
		int border = Long.bitCount(index >>> inner);
		requireLength(proof, inner + border);
		byte[] res = chainInner(leafHash, proof.subList(0, inner), index);
		return chainBorderRight(res, proof.subList(inner, proof.size()));
	}

	/**
	 * Checks that the tree of {@code size1} leaves with root {@code root1} is a prefix of the tree
	 * of {@code size2} leaves with root {@code root2} (RFC 9162 §2.1.4.2).
	 *
	 * <p>Equal sizes need an empty proof and equal roots. A proof from the empty tree
	 * ({@code size1 == 0}) is always rejected: it proves nothing, and a caller such as a witness
	 * that accepts any successor of the empty tree must handle that case itself.
	 *
	 * @throws InvalidProofException if the proof does not prove that
	 */
	public void verifyConsistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof)
			throws InvalidProofException {
		requireHash(root1, "root1");
		requireHash(root2, "root2");
		if (size1 <= 0 || size2 < size1) {
			throw new InvalidProofException("sizes must satisfy 0 < size1 <= size2: " + size1 + ", " + size2);
		}
		if (size1 == size2) {
			requireLength(proof, 0);
			requireMatch(root1, root2, "root");
			return;
		}
		if (proof.isEmpty()) {
			throw new InvalidProofException("empty consistency proof for " + size1 + " < " + size2);
		}
		int inner = innerProofSize(size1 - 1, size2);
		int border = Long.bitCount((size1 - 1) >>> inner);
		int shift = Long.numberOfTrailingZeros(size1);
		inner -= shift; // shift < inner whenever size1 < size2

		// The proof starts with the root of the subtree of size 2^shift, unless that is the whole old tree.
		boolean seedIsRoot1 = size1 == (1L << shift);
		requireLength(proof, (seedIsRoot1 ? 0 : 1) + inner + border);
		byte[] seed = seedIsRoot1 ? root1 : proof.get(0);
		List<byte[]> path = seedIsRoot1 ? proof : proof.subList(1, proof.size());
		requireHash(seed, "proof[0]");

		long mask = (size1 - 1) >>> shift;
		byte[] hash1 = chainBorderRight(chainInnerRight(seed, path.subList(0, inner), mask),
				path.subList(inner, path.size()));
		requireMatch(hash1, root1, "root1");
		byte[] hash2 = chainBorderRight(chainInner(seed, path.subList(0, inner), mask),
				path.subList(inner, path.size()));
		requireMatch(hash2, root2, "root2");
	}

	/** Number of proof hashes below the point where the leaf's path meets the tree's right border. */
	static int innerProofSize(long index, long size) {
		return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
	}

	private byte[] chainInner(byte[] seed, List<byte[]> proof, long index) throws InvalidProofException {
		for (int i = 0; i < proof.size(); i++) {
			byte[] p = requireHash(proof.get(i), "proof element");
			seed = ((index >>> i) & 1) == 0 ? hasher.hashChildren(seed, p) : hasher.hashChildren(p, seed);
		}
		return seed;
	}

	private byte[] chainInnerRight(byte[] seed, List<byte[]> proof, long index) throws InvalidProofException {
		for (int i = 0; i < proof.size(); i++) {
			byte[] p = requireHash(proof.get(i), "proof element");
			if (((index >>> i) & 1) == 1) {
				seed = hasher.hashChildren(p, seed);
			}
		}
		return seed;
	}

	private byte[] chainBorderRight(byte[] seed, List<byte[]> proof) throws InvalidProofException {
		for (byte[] p : proof) {
			seed = hasher.hashChildren(requireHash(p, "proof element"), seed);
		}
		return seed;
	}

	private byte[] requireHash(byte[] hash, String what) throws InvalidProofException {
		if (hash == null || hash.length != hasher.size()) {
			throw new InvalidProofException(what + " must be " + hasher.size() + " bytes");
		}
		return hash;
	}

	private static void requireLength(List<byte[]> proof, int expected) throws InvalidProofException {
		if (proof == null || proof.size() != expected) {
			throw new InvalidProofException("proof has " + (proof == null ? "no" : proof.size())
					+ " hashes, expected " + expected);
		}
	}

	private static void requireMatch(byte[] computed, byte[] expected, String what) throws InvalidProofException {
		if (!MessageDigest.isEqual(computed, expected)) {
			throw new InvalidProofException("computed " + what + " does not match");
		}
	}
}
