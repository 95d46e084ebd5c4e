package org.smartcourt.ledger.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ledger_tile} and {@code ledger_entry_bundle} tables: one row per tlog-tiles tile and entry bundle, each
 * a point lookup (Tessera's layout, ledger-reference §3.2). Triggers let a row be rewritten only while partial and
 * only by growing.
 */
@Repository
class TileRepository {

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	TileRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	Optional<Tile> tile(int level, long index) {
		return jdbc.sql("select nodes from ledger_tile where level = ? and idx = ?")
			.params(level, index)
			.query((rs, row) -> new Tile(level, index, rs.getBytes(1)))
			.optional();
	}

	Optional<EntryBundle> bundle(long index) {
		return jdbc.sql("select data from ledger_entry_bundle where idx = ?")
			.param(index)
			.query((rs, row) -> new EntryBundle(index, rs.getBytes(1)))
			.optional();
	}

	/** One statement per touched tile, sent as one JDBC batch. */
	void saveTiles(List<Tile> tiles) {
		template.batchUpdate("""
				insert into ledger_tile (level, idx, nodes) values (?, ?, ?)
				on conflict (level, idx) do update set nodes = excluded.nodes""", tiles, tiles.size(), (ps, tile) -> {
			ps.setInt(1, tile.level());
			ps.setLong(2, tile.index());
			ps.setBytes(3, tile.nodes());
		});
	}

	void saveBundles(List<EntryBundle> bundles, List<Integer> counts) {
		template.batchUpdate("""
				insert into ledger_entry_bundle (idx, size, data) values (?, ?, ?)
				on conflict (idx) do update set size = excluded.size, data = excluded.data""",
				java.util.stream.IntStream.range(0, bundles.size()).boxed().toList(), bundles.size(), (ps, i) -> {
					ps.setLong(1, bundles.get(i).index());
					ps.setInt(2, counts.get(i));
					ps.setBytes(3, bundles.get(i).data());
				});
	}

	long tileCount() {
		return jdbc.sql("select count(*) from ledger_tile").query(Long.class).single();
	}

	long bundleCount() {
		return jdbc.sql("select count(*) from ledger_entry_bundle").query(Long.class).single();
	}
}
