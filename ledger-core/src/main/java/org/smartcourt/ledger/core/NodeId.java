package org.smartcourt.ledger.core;

/**
 * A node of the Merkle tree: the root of the perfect subtree over leaves
 * {@code [index * 2^level, (index + 1) * 2^level)}, whose hash is MTH of those leaves
 * (RFC 9162 §2.1.1; see {@link HashSource}).
 */
public record NodeId(int level, long index) {

	public NodeId {
		if (level < 0 || level > 63 || index < 0) {
			throw new IllegalArgumentException("invalid node " + level + "/" + index);
		}
	}
}
