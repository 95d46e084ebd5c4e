package org.smartcourt.ledger.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only Merkle tree held in memory: stores the hash of every completed perfect subtree
 * so that it serves as a {@link HashSource} for trees of any size up to {@link #size()};
 * leaf and node hashes as in RFC 9162 §2.1.1.
 *
 * <p>For tests, tools and small logs; the durable log reads the same nodes from tiles.
 * Not thread-safe.
 */
public final class InMemoryTree implements HashSource {

	private final TreeHasher hasher;
	/** levels.get(l) holds the completed nodes of level l, in index order. */
	private final List<List<byte[]>> levels = new ArrayList<>();

	public InMemoryTree(TreeHasher hasher) {
		this.hasher = Objects.requireNonNull(hasher, "hasher");
	}

	public TreeHasher hasher() {
		return hasher;
	}

	/** Appends an entry (hashed as a leaf) and returns its index. */
	public long append(byte[] entry) {
		return appendLeafHash(hasher.hashLeaf(entry));
	}

	/** Appends an already computed leaf hash and returns its index. */
	public long appendLeafHash(byte[] leafHash) {
		if (leafHash.length != hasher.size()) {
			throw new IllegalArgumentException("leaf hash must be " + hasher.size() + " bytes");
		}
		long index = size();
		byte[] hash = leafHash.clone();
		for (int level = 0; ; level++) {
			if (levels.size() == level) {
				levels.add(new ArrayList<>());
			}
			List<byte[]> nodes = levels.get(level);
			nodes.add(hash);
			int n = nodes.size();
			if (n % 2 == 1) {
				return index;
			}
			hash = hasher.hashChildren(nodes.get(n - 2), hash);
		}
	}

	/** Number of leaves. */
	public long size() {
		return levels.isEmpty() ? 0 : levels.get(0).size();
	}

	@Override
	public byte[] node(int level, long index) {
		if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).size()) {
			throw new IllegalArgumentException("no complete node at level " + level + ", index " + index);
		}
		return levels.get(level).get((int) index).clone();
	}
}
