package org.smartcourt.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.TileMath;

class TilePathTests {

	@Test
	void parsesEveryPathTileMathProduces() {
		for (long index : new long[] { 0, 1, 999, 1000, 1234067, 1_000_000_000_000L }) {
			for (int width : new int[] { 1, 255, 256 }) {
				for (int level : new int[] { TileMath.ENTRIES_LEVEL, 0, 1, 7 }) {
					String path = new TileMath.Tile(level, index, width).path().substring("tile/".length());
					assertThat(TilePath.parse(path)).as(path).contains(new TilePath(level, index, width));
				}
			}
		}
	}

	@Test
	void rejectsNonCanonicalPaths() {
		for (String path : new String[] { "0/0", "0/0000", "0/x000/001", "0/001/002", "0/x1/001", "0/000.p/0",
				"0/000.p/256", "0/000.p/007", "8/000", "01/000", "entries/000.p/", "-1/000", "0/000/", "0/000.p/1/2",
				"", "entries" }) {
			assertThat(TilePath.parse(path)).as(path).isEmpty();
		}
	}
}
