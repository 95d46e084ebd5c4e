package org.smartcourt.ledger.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Recently read full tiles (at most 1,024, 8 MiB). Full tiles never change (C2SP tlog-tiles), so they can be cached
 * without invalidation; partial tiles are never cached.
 */
@Component
class FullTileCache {

	private static final int CAPACITY = 1024;

	private final Map<String, Tile> tiles = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Tile> eldest) {
			return size() > CAPACITY;
		}
	};

	synchronized Tile get(int level, long index) {
		return tiles.get(level + "/" + index);
	}

	synchronized void put(Tile tile) {
		if (tile.isFull()) {
			tiles.put(tile.level() + "/" + tile.index(), tile);
		}
	}
}
