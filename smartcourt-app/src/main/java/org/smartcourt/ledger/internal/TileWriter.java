package org.smartcourt.ledger.internal;

import java.util.ArrayList;
import java.util.List;

import org.smartcourt.ledger.core.TileMath;
import org.smartcourt.ledger.core.TreeHasher;
import org.springframework.stereotype.Component;

/**
 * Appends a batch of leaf hashes to the stored tiles (C2SP tlog-tiles): fills the partial level-0 tile and new ones,
 * and for every tile that becomes full appends its MTH to the tile level above, and so on upwards. Reads at most one
 * partial tile per level and writes every touched tile once.
 */
@Component
class TileWriter {

	private final TileRepository tiles;
	private final TreeHasher hasher;

	TileWriter(TileRepository tiles, TreeHasher hasher) {
		this.tiles = tiles;
		this.hasher = hasher;
	}

	void append(long oldSize, List<byte[]> leafHashes) {
		long newSize = oldSize + leafHashes.size();
		List<Tile> touched = new ArrayList<>();
		List<byte[]> newNodes = leafHashes;
		for (int level = 0; !newNodes.isEmpty(); level++) {
			long before = nodes(level, oldSize);
			List<byte[]> completed = appendAtLevel(level, before, newNodes, touched);
			if (nodes(level + 1, newSize) - nodes(level + 1, oldSize) != completed.size()) {
				throw new IllegalStateException("tile arithmetic out of step at level " + level);
			}
			newNodes = completed;
		}
		tiles.saveTiles(touched);
	}

	/** Appends nodes {@code [before, before + n)} of a tile level; returns the MTHs of the tiles they complete. */
	private List<byte[]> appendAtLevel(int level, long before, List<byte[]> nodes, List<Tile> touched) {
		List<byte[]> completed = new ArrayList<>();
		long tileIndex = before / TileMath.TILE_WIDTH;
		int already = (int) (before % TileMath.TILE_WIDTH);
		Tile tile = already == 0 ? Tile.empty(level, tileIndex) : partial(level, tileIndex, already);
		for (byte[] node : nodes) {
			tile = tile.append(node);
			if (tile.isFull()) {
				touched.add(tile);
				completed.add(tile.root(hasher));
				tile = Tile.empty(level, ++tileIndex);
			}
		}
		if (tile.width() > 0) {
			touched.add(tile);
		}
		return completed;
	}

	private Tile partial(int level, long index, int width) {
		Tile tile = tiles.tile(level, index)
			.orElseThrow(() -> new IllegalStateException("partial tile " + level + "/" + index + " is missing"));
		if (tile.width() < width) {
			throw new IllegalStateException(
					"tile " + level + "/" + index + " has " + tile.width() + " hashes, not " + width);
		}
		// a stored tile wider than the tree is left over by nothing we do, but never extend past the tree
		return new Tile(level, index, tile.truncated(width));
	}

	private static long nodes(int level, long size) {
		return (long) level * TileMath.TILE_HEIGHT >= 63 ? 0 : size >>> (level * TileMath.TILE_HEIGHT);
	}
}
