package org.smartcourt.ledger.internal;

import java.util.Arrays;

import org.smartcourt.ledger.core.CompactRange;
import org.smartcourt.ledger.core.TileMath;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * One C2SP tlog-tiles tile as stored: up to 256 concatenated 32-byte hashes of Merkle level {@code 8 * level}
 * (tlog-tiles "Merkle Tree" section). Immutable; appending returns a new tile.
 */
record Tile(int level, long index, byte[] nodes) {

	static final int HASH = 32;

	Tile {
		if (nodes.length % HASH != 0 || nodes.length > TileMath.TILE_WIDTH * HASH) {
			throw new IllegalArgumentException("a tile holds up to 256 hashes of 32 bytes");
		}
	}

	static Tile empty(int level, long index) {
		return new Tile(level, index, new byte[0]);
	}

	int width() {
		return nodes.length / HASH;
	}

	boolean isFull() {
		return width() == TileMath.TILE_WIDTH;
	}

	byte[] hash(int i) {
		return Arrays.copyOfRange(nodes, i * HASH, (i + 1) * HASH);
	}

	Tile append(byte[] hash) {
		byte[] grown = Arrays.copyOf(nodes, nodes.length + HASH);
		System.arraycopy(hash, 0, grown, nodes.length, HASH);
		return new Tile(level, index, grown);
	}

	/** The first {@code width} hashes: the tile as it was when it had that many (tlog-tiles {@code .p/W}). */
	byte[] truncated(int width) {
		return Arrays.copyOf(nodes, width * HASH);
	}

	/**
	 * MTH of the {@code 2^height} hashes starting at {@code first}: the node {@code height} Merkle levels above them.
	 * For a full tile and height 8 this is the hash the tile contributes to the tile level above.
	 */
	byte[] subtreeRoot(TreeHasher hasher, int first, int height) {
		CompactRange range = new CompactRange(hasher);
		for (int i = first; i < first + (1 << height); i++) {
			range.append(hash(i));
		}
		return range.root();
	}

	/** MTH of a full tile: the node it contributes to the level above (tlog-tiles). */
	byte[] root(TreeHasher hasher) {
		if (!isFull()) {
			throw new IllegalStateException("partial tiles are never hashed into the level above");
		}
		return subtreeRoot(hasher, 0, TileMath.TILE_HEIGHT);
	}
}
