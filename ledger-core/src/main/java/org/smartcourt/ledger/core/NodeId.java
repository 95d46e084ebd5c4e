package org.smartcourt.ledger.core;

/**
 * A node of the Merkle tree: the root of the perfect subtree over leaves
 * {@code [index * 2^level, (index + 1) * 2^level)} (see {@link HashSource}).
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 63 || index < 0) {
            throw new IllegalArgumentException("invalid node " + level + "/" + index);
        }
    }
}
