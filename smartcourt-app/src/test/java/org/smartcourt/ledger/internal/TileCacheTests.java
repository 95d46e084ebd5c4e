package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The cache keeps full tiles and the widest partial tile of each level's right edge; a narrower one never replaces it. */
class TileCacheTests {

	private static Tile tile(int level, long index, int width) {
		return new Tile(level, index, new byte[width * 32]);
	}

	@Test
	void keepsTheWidestEdgeTileOfEachLevel() {
		TileCache cache = new TileCache();

		cache.put(tile(0, 3, 10));
		cache.put(tile(0, 3, 7));

		assertThat(cache.get(0, 3).width()).isEqualTo(10);
		cache.put(tile(0, 3, 20));
		assertThat(cache.get(0, 3).width()).isEqualTo(20);
		cache.put(tile(0, 4, 1));
		assertThat(cache.get(0, 3)).isNull();
		assertThat(cache.get(0, 4).width()).isEqualTo(1);
		cache.put(tile(0, 3, 256));
		assertThat(cache.get(0, 3).isFull()).isTrue();
		assertThat(cache.get(1, 0)).isNull();
	}
}
