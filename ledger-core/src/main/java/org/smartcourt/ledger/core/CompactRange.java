package org.smartcourt.ledger.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The compact range {@code [0, size)} of a log: the roots of the perfect subtrees that the binary
 * representation of {@code size} decomposes the leaves into, largest first. It is enough to
 * append leaves and compute MTH (RFC 9162 §2.1.1) without any other stored node, so it is the
 * natural "tree state" to persist between batches. Not thread-safe.
 */
public final class CompactRange {

	private final TreeHasher hasher;
	private final List<byte[]> roots = new ArrayList<>();
	private long size;

	/** The empty range. */
	public CompactRange(TreeHasher hasher) {
		this.hasher = Objects.requireNonNull(hasher, "hasher");
	}

	/**
	 * Restores a range from its stored form: one hash per set bit of {@code size}, the largest
	 * subtree first, as returned by {@link #hashes()}.
	 */
	public CompactRange(TreeHasher hasher, long size, List<byte[]> hashes) {
		this(hasher);
		if (size < 0 || hashes.size() != Long.bitCount(size)) {
			throw new IllegalArgumentException("a range of size " + size + " has " + Long.bitCount(size) + " hashes");
		}
		hashes.forEach(h -> roots.add(h.clone()));
		this.size = size;
	}

	public long size() {
		return size;
	}

	/** The subtree roots, largest first (copies). */
	public List<byte[]> hashes() {
		return roots.stream().map(byte[]::clone).toList();
	}

	/** Appends one leaf hash. */
	public void append(byte[] leafHash) {
		if (leafHash.length != hasher.size()) {
			throw new IllegalArgumentException("leaf hash must be " + hasher.size() + " bytes");
		}
		byte[] hash = leafHash.clone();
		// every trailing 1 bit of size is a subtree of equal height that the new leaf completes
		for (long s = size; (s & 1) == 1; s >>>= 1) {
			hash = hasher.hashChildren(roots.remove(roots.size() - 1), hash);
		}
		roots.add(hash);
		size++;
	}

	/** MTH of the whole range: the subtree roots folded from right to left. */
	public byte[] root() {
		if (roots.isEmpty()) {
			return hasher.emptyRoot();
		}
		byte[] hash = roots.get(roots.size() - 1);
		for (int i = roots.size() - 2; i >= 0; i--) {
			hash = hasher.hashChildren(roots.get(i), hash);
		}
		return hash.clone();
	}
}
