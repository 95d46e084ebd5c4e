package org.smartcourt.ledger.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes tree roots, inclusion proofs and consistency proofs for any past size of a log from
 * the perfect-subtree hashes of a {@link HashSource}.
 *
 * <p>Produces exactly the paths of RFC 9162 §2.1.3.1 ({@code PATH}) and §2.1.4.1
 * ({@code PROOF}/{@code SUBPROOF}); identical to RFC 6962 §2.1.1–2.1.2. A subtree on the right
 * border of a smaller tree is not stored as one node, so it is recomputed ("ephemeral" node)
 * from at most one stored node per level. Thread-safe if the source is.
 */
public final class ProofGenerator {

	private final TreeHasher hasher;
	private final HashSource source;

	public ProofGenerator(TreeHasher hasher, HashSource source) {
		this.hasher = Objects.requireNonNull(hasher, "hasher");
		this.source = Objects.requireNonNull(source, "source");
	}

	/** MTH(D[0:size]) (RFC 9162 §2.1.1); the empty-string hash for size 0. */
	public byte[] root(long size) {
		if (size < 0) {
			throw new IllegalArgumentException("negative size " + size);
		}
		return size == 0 ? hasher.emptyRoot() : subtree(0, size);
	}

	/**
	 * The inclusion proof (audit path) of leaf {@code index} in the tree of {@code size} leaves,
	 * ordered from the leaf's sibling up to the child of the root (RFC 9162 §2.1.3.1).
	 */
	public List<byte[]> inclusion(long index, long size) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("need 0 <= index < size: " + index + ", " + size);
		}
		List<byte[]> proof = new ArrayList<>();
		path(index, 0, size, proof);
		return proof;
	}

	/**
	 * The consistency proof between the trees of {@code size1} and {@code size2} leaves
	 * (RFC 9162 §2.1.4.1); empty when the sizes are equal.
	 */
	public List<byte[]> consistency(long size1, long size2) {
		if (size1 <= 0 || size2 < size1) {
			throw new IllegalArgumentException("need 0 < size1 <= size2: " + size1 + ", " + size2);
		}
		List<byte[]> proof = new ArrayList<>();
		subproof(size1, 0, size2, true, proof);
		return proof;
	}

	/**
	 * The stored nodes that {@link #inclusion} reads for these arguments, without duplicates and in
	 * first-read order, so a store can fetch them (or their tiles) in one round trip and then serve
	 * them from memory.
	 */
	public static List<NodeId> inclusionNodes(long index, long size) {
		NodeRecorder recorder = new NodeRecorder();
		new ProofGenerator(recorder, recorder).inclusion(index, size);
		return recorder.nodes();
	}

	/** The stored nodes that {@link #consistency} reads, as for {@link #inclusionNodes}. */
	public static List<NodeId> consistencyNodes(long size1, long size2) {
		NodeRecorder recorder = new NodeRecorder();
		new ProofGenerator(recorder, recorder).consistency(size1, size2);
		return recorder.nodes();
	}

	/** The stored nodes that {@link #root} reads, as for {@link #inclusionNodes}. */
	public static List<NodeId> rootNodes(long size) {
		NodeRecorder recorder = new NodeRecorder();
		new ProofGenerator(recorder, recorder).root(size);
		return recorder.nodes();
	}

	// PATH(m, D[begin:begin+n]) with the recursion's appends happening after the recursive call
	private void path(long m, long begin, long n, List<byte[]> out) {
		if (n == 1) {
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m < k) {
			path(m, begin, k, out);
			out.add(subtree(begin + k, n - k));
		} else {
			path(m - k, begin + k, n - k, out);
			out.add(subtree(begin, k));
		}
	}

	private void subproof(long m, long begin, long n, boolean wholeOldTree, List<byte[]> out) {
		if (m == n) {
			if (!wholeOldTree) {
				out.add(subtree(begin, n));
			}
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			subproof(m, begin, k, wholeOldTree, out);
			out.add(subtree(begin + k, n - k));
		} else {
			subproof(m - k, begin + k, n - k, false, out);
			out.add(subtree(begin, k));
		}
	}

	/**
	 * MTH(D[begin:begin+n]) for a subtree that the RFC recursion reaches: {@code begin} is a
	 * multiple of the smallest power of two >= n, so the split points are stored nodes.
	 */
	private byte[] subtree(long begin, long n) {
		if (Long.bitCount(n) == 1) {
			int level = Long.numberOfTrailingZeros(n);
			return source.node(level, begin >>> level);
		}
		long k = largestPowerOfTwoBelow(n);
		return hasher.hashChildren(subtree(begin, k), subtree(begin + k, n - k));
	}

	/** The largest power of two strictly less than n, for n >= 2 (RFC 9162 §2.1.1). */
	static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}

	/** A dry run of the proof recursion: records which nodes it reads; the bytes it hands back are never used. */
	private static final class NodeRecorder implements HashSource, TreeHasher {

		private static final byte[] UNUSED = new byte[0];
		private final Set<NodeId> read = new LinkedHashSet<>();

		List<NodeId> nodes() {
			return List.copyOf(read);
		}

		@Override
		public byte[] node(int level, long index) {
			read.add(new NodeId(level, index));
			return UNUSED;
		}

		@Override
		public String algorithm() {
			return "none";
		}

		@Override
		public int size() {
			return 0;
		}

		@Override
		public byte[] emptyRoot() {
			return UNUSED;
		}

		@Override
		public byte[] hashLeaf(byte[] data) {
			return UNUSED;
		}

		@Override
		public byte[] hashChildren(byte[] left, byte[] right) {
			return UNUSED;
		}
	}
}
