package org.smartcourt.ledger.core;

/**
 * Read access to the stored hashes of perfect subtrees of one log, from which
 * {@link ProofGenerator} builds roots and proofs.
 *
 * <p>Node {@code (level, index)} is the root of the perfect subtree over the leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}, i.e. {@code MTH(D[index*2^level : (index+1)*2^level])}
 * in RFC 9162 §2.1.1 terms; level 0 holds the leaf hashes. A node is stable once all its leaves
 * exist, so a store only needs nodes of completed subtrees (a tile store such as C2SP tlog-tiles
 * keeps levels 0, 8, 16, … and recomputes the levels in between).
 */
public interface HashSource {

	/**
	 * The hash of node {@code (level, index)}.
	 *
	 * @throws IllegalArgumentException if the subtree is not complete in this source
	 */
	byte[] node(int level, long index);
}
