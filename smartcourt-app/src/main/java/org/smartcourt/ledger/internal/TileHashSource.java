package org.smartcourt.ledger.internal;

import java.util.HashMap;
import java.util.Map;

import org.smartcourt.ledger.core.HashSource;
import org.smartcourt.ledger.core.TileMath;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * The perfect-subtree hashes of the log read from its tiles, for ledger-core's {@code ProofGenerator}. Tiles store
 * Merkle levels 0, 8, 16, …; a node of a level in between is recomputed from the {@code 2^k} hashes below it in its
 * tile (C2SP tlog-tiles). One instance serves one request: it remembers the partial tiles it read, so a proof reads
 * every tile at most once; full tiles come from the shared {@link FullTileCache}.
 */
class TileHashSource implements HashSource {

	private final TileRepository tiles;
	private final FullTileCache cache;
	private final TreeHasher hasher;
	private final Map<String, Tile> partial = new HashMap<>();

	TileHashSource(TileRepository tiles, FullTileCache cache, TreeHasher hasher) {
		this.tiles = tiles;
		this.cache = cache;
		this.hasher = hasher;
	}

	@Override
	public byte[] node(int level, long index) {
		TileMath.NodeInTile at = TileMath.locate(level, index);
		Tile tile = tile(at.tileLevel(), at.tileIndex());
		int height = at.levelInTile();
		int first = at.indexInTile() << height;
		if (first + (1 << height) > tile.width()) {
			throw new IllegalArgumentException("node " + level + "/" + index + " is not complete in the stored tiles");
		}
		return height == 0 ? tile.hash(first) : tile.subtreeRoot(hasher, first, height);
	}

	private Tile tile(int level, long index) {
		Tile cached = cache.get(level, index);
		if (cached != null) {
			return cached;
		}
		String key = level + "/" + index;
		Tile known = partial.get(key);
		if (known != null) {
			return known;
		}
		Tile tile = tiles.tile(level, index)
			.orElseThrow(() -> new IllegalArgumentException("tile " + key + " is not stored"));
		if (tile.isFull()) {
			cache.put(tile);
		}
		else {
			partial.put(key, tile);
		}
		return tile;
	}
}
