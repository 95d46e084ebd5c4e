package org.smartcourt.ledger.witness;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;

/**
 * What a witness remembers of one log: the tree size and root hash of the latest checkpoint it cosigned (最新见证状态).
 *
 * @param size the tree size, zero before the first cosignature
 * @param root the RFC 6962 root hash of that tree
 */
public record LogState(long size, byte[] root) {

	public LogState {
		if (size < 0) {
			throw new IllegalArgumentException("a tree size is not negative: " + size);
		}
		root = root.clone();
	}

	@Override
	public byte[] root() {
		return root.clone();
	}

	/** Whether this is the tree of {@code size} leaves with root {@code root}; roots compared in constant time. */
	public boolean is(long size, byte[] root) {
		return this.size == size && MessageDigest.isEqual(this.root, root);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LogState s && s.is(size, root);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(size) * 31 + Arrays.hashCode(root);
	}

	@Override
	public String toString() {
		return size + " " + Base64.getEncoder().encodeToString(root);
	}
}
