package org.smartcourt.ledger.internal;

import org.smartcourt.ledger.core.HashSource;
import org.smartcourt.ledger.core.TileMath;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * The perfect-subtree hashes of the log read from its tiles, for ledger-core's {@code ProofGenerator}. Tiles store
 * Merkle levels 0, 8, 16, …; a node of a level in between is recomputed from the {@code 2^k} hashes below it in its
 * tile (C2SP tlog-tiles). Full tiles and the right edge's partial tiles come from the shared {@link TileCache}
 * whenever it holds enough of them.
 */
class TileHashSource implements HashSource {

	private final TileRepository tiles;
	private final TileCache cache;
	private final TreeHasher hasher;

	TileHashSource(TileRepository tiles, TileCache cache, TreeHasher hasher) {
		this.tiles = tiles;
		this.cache = cache;
		this.hasher = hasher;
	}

	@Override
	public byte[] node(int level, long index) {
		TileMath.NodeInTile at = TileMath.locate(level, index);
		int height = at.levelInTile();
		int first = at.indexInTile() << height;
		Tile tile = tile(at.tileLevel(), at.tileIndex(), first + (1 << height));
		if (first + (1 << height) > tile.width()) {
			throw new IllegalArgumentException("node " + level + "/" + index + " is not complete in the stored tiles");
		}
		return height == 0 ? tile.hash(first) : tile.subtreeRoot(hasher, first, height);
	}

	private Tile tile(int level, long index, int width) {
		Tile cached = cache.get(level, index);
		if (cached != null && cached.width() >= width) {
			return cached;
		}
		Tile tile = tiles.tile(level, index)
			.orElseThrow(() -> new IllegalArgumentException("tile " + level + "/" + index + " is not stored"));
		cache.put(tile);
		return tile;
	}
}
