package org.smartcourt.ledger.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Tiles read recently: up to 1,024 full tiles (8 MiB), which never change (C2SP tlog-tiles), and the widest partial
 * tile seen at each level's right edge. A partial tile only grows by appending, so the hashes it holds stay valid for
 * ever; a reader that needs more of it than the cached width reads it again. Every proof touches the right edge, so
 * caching it saves most of a proof's reads.
 */
@Component
class TileCache {

	private static final int CAPACITY = 1024;

	private final Map<String, Tile> tiles = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Tile> eldest) {
			return size() > CAPACITY;
		}
	};

	private final Map<Integer, Tile> edges = new HashMap<>();

	/** The full tile, or the cached partial one (check its width), or {@literal null}. */
	synchronized Tile get(int level, long index) {
		Tile full = tiles.get(level + "/" + index);
		if (full != null) {
			return full;
		}
		Tile edge = edges.get(level);
		return edge != null && edge.index() == index ? edge : null;
	}

	synchronized void put(Tile tile) {
		if (tile.isFull()) {
			tiles.put(tile.level() + "/" + tile.index(), tile);
			return;
		}
		Tile edge = edges.get(tile.level());
		if (edge == null || tile.index() > edge.index() || (tile.index() == edge.index() && tile.width() > edge.width())) {
			edges.put(tile.level(), tile);
		}
	}
}
