package org.smartcourt.ledger.internal;

import java.util.List;

import org.smartcourt.ledger.core.CompactRange;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * The stored state of the tree: its size, root (MTH, RFC 9162 §2.1.1), the compact range of {@code [0, size)} from
 * which the next batch continues, and the hash algorithm ({@literal null} before the log is first initialised).
 */
record TreeState(long size, byte[] root, List<byte[]> compactRange, String algorithm) {

	CompactRange range(TreeHasher hasher) {
		return new CompactRange(hasher, size, compactRange);
	}
}
