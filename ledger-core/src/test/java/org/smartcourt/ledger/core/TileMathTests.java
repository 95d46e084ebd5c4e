package org.smartcourt.ledger.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.TileMath.NodeInTile;
import org.smartcourt.ledger.core.TileMath.Tile;

/** Examples of C2SP tlog-tiles as quoted in ledger-reference §2.5. */
class TileMathTests {

	@Test
	void indexEncoding() {
		assertThat(TileMath.encodeIndex(1234067)).isEqualTo("x001/x234/067");
		assertThat(TileMath.encodeIndex(0)).isEqualTo("000");
		assertThat(TileMath.encodeIndex(7)).isEqualTo("007");
		assertThat(TileMath.encodeIndex(999)).isEqualTo("999");
		assertThat(TileMath.encodeIndex(1000)).isEqualTo("x001/000");
		assertThat(TileMath.encodeIndex(1_000_000)).isEqualTo("x001/x000/000");
		assertThat(TileMath.encodeIndex(Long.MAX_VALUE)).isEqualTo("x009/x223/x372/x036/x854/x775/807");
	}

	@Test
	void tilePaths() {
		assertThat(new Tile(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
		assertThat(new Tile(1, 1234067, 8).path()).isEqualTo("tile/1/x001/x234/067.p/8");
		assertThat(new Tile(TileMath.ENTRIES_LEVEL, 1234067, 256).path()).isEqualTo("tile/entries/x001/x234/067");
		assertThat(new Tile(TileMath.ENTRIES_LEVEL, 0, 112).path()).isEqualTo("tile/entries/000.p/112");
		assertThatThrownBy(() -> new Tile(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Tile(0, 0, 257)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void censusOfA70000LeafTree() {
		List<Tile> tiles = TileMath.tiles(70_000);
		assertThat(tiles.stream().filter(t -> t.level() == 0 && !t.isPartial())).hasSize(273);
		assertThat(tiles.stream().filter(t -> t.level() == 1 && !t.isPartial())).hasSize(1);
		assertThat(tiles.stream().filter(t -> t.level() == 2 && !t.isPartial())).isEmpty();
		assertThat(tiles.stream().filter(Tile::isPartial))
				.containsExactly(new Tile(0, 273, 112), new Tile(1, 1, 17), new Tile(2, 0, 1));
		assertThat(tiles).hasSize(273 + 1 + 1 + 1 + 1);
		assertThat(tiles.get(tiles.size() - 1).path()).isEqualTo("tile/2/000.p/1");
		assertThat(TileMath.tiles(0)).isEmpty();
		assertThat(TileMath.tiles(256)).containsExactly(new Tile(0, 0, 256), new Tile(1, 0, 1));
	}

	@Test
	void tileWidthAtATreeSize() {
		assertThat(TileMath.tile(0, 273, 70_000)).isEqualTo(new Tile(0, 273, 112));
		assertThat(TileMath.tile(0, 10, 70_000).path()).isEqualTo("tile/0/010");
		assertThat(TileMath.tile(1, 1, 70_000).path()).isEqualTo("tile/1/001.p/17");
		assertThatThrownBy(() -> TileMath.tile(0, 274, 70_000)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TileMath.tile(3, 0, 70_000)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void entryBundles() {
		assertThat(TileMath.entryBundle(0, 70_000).path()).isEqualTo("tile/entries/000");
		assertThat(TileMath.entryBundle(69_999, 70_000).path()).isEqualTo("tile/entries/273.p/112");
		assertThat(TileMath.entryBundle(69_887, 70_000).path()).isEqualTo("tile/entries/272");
		assertThat(TileMath.entryBundle(1234067L * 256, 1234067L * 256 + 1).path())
				.isEqualTo("tile/entries/x001/x234/067.p/1");
		assertThatThrownBy(() -> TileMath.entryBundle(70_000, 70_000)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void locatingNodesInTiles() {
		// leaf 1000 is hash 232 of level-0 tile 3
		assertThat(TileMath.locate(0, 1000)).isEqualTo(new NodeInTile(0, 3, 0, 232));
		// level 8 nodes are the leaves of level-1 tiles
		assertThat(TileMath.locate(8, 300)).isEqualTo(new NodeInTile(1, 1, 0, 44));
		// a level-3 node is inside a level-0 tile: 2^(8-3) = 32 such nodes per tile
		assertThat(TileMath.locate(3, 70)).isEqualTo(new NodeInTile(0, 2, 3, 6));
		assertThat(TileMath.locate(7, 5)).isEqualTo(new NodeInTile(0, 2, 7, 1));
	}
}
