package org.smartcourt.ledger.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.LedgerEntry;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ledger_entry} table: the business index of the log (not part of the verifiable structure). Unique on
 * (type, SHA-256): strong dedup. Rows are never updated or deleted (a trigger refuses).
 */
@Repository
class EntryRepository {

	private static final String COLUMNS = "seq, leaf_hash, entry_type, sha256, sm3, reference, received_at";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	EntryRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * The indexes already assigned to any of these records, by {@link #key}; one round trip. One probe of the dedup
	 * index per record (a LATERAL lookup with LIMIT 1 cannot become a hash join or a scan of the table), so the cost
	 * does not grow with the log even before the table has statistics: {@code sha256 = any(?)} was planned as a
	 * sequential scan on a young log and made every batch slower as the log grew (bench/RESULTS.md).
	 */
	Map<String, Long> existing(List<LedgerRecord> records) {
		String[] types = records.stream().map(r -> r.type().wireName()).toArray(String[]::new);
		byte[][] digests = records.stream().map(LedgerRecord::sha256).toArray(byte[][]::new);
		Map<String, Long> found = new HashMap<>();
		template.query(con -> {
			PreparedStatement ps = con.prepareStatement("""
					select d.t, d.h, e.seq from unnest(?::varchar[], ?::bytea[]) as d(t, h)
					cross join lateral (select seq from ledger_entry where entry_type = d.t and sha256 = d.h limit 1) as e""");
			ps.setArray(1, con.createArrayOf("varchar", types));
			ps.setArray(2, con.createArrayOf("bytea", digests));
			return ps;
		}, (ResultSet rs) -> {
			found.put(rs.getString(1) + ":" + HexFormat.of().formatHex(rs.getBytes(2)), rs.getLong(3));
		});
		return found;
	}

	static String key(LedgerRecord record) {
		return record.type().wireName() + ":" + record.sha256Hex();
	}

	/**
	 * Inserts the new entries in one statement (arrays unnested server-side, no per-entry round trip).
	 *
	 * @return how many rows were inserted: fewer than given means a concurrent writer bypassed the sequencer lock.
	 */
	int insert(List<NewEntry> entries, Instant receivedAt) {
		return template.update(con -> {
			PreparedStatement ps = con.prepareStatement("insert into ledger_entry (" + COLUMNS + ") "
					+ "select s, l, t, h, m, r, ? from unnest(?::bigint[], ?::bytea[], ?::varchar[], ?::bytea[], "
					+ "?::bytea[], ?::varchar[]) as u(s, l, t, h, m, r) on conflict do nothing");
			ps.setTimestamp(1, Timestamp.from(receivedAt));
			ps.setArray(2, con.createArrayOf("bigint", entries.stream().map(NewEntry::seq).toArray(Long[]::new)));
			ps.setArray(3, bytea(con, entries.stream().map(NewEntry::leafHash).toArray(byte[][]::new)));
			ps.setArray(4, con.createArrayOf("varchar",
					entries.stream().map(e -> e.record().type().wireName()).toArray(String[]::new)));
			ps.setArray(5, bytea(con, entries.stream().map(e -> e.record().sha256()).toArray(byte[][]::new)));
			ps.setArray(6, bytea(con, entries.stream().map(e -> e.record().sm3()).toArray(byte[][]::new)));
			ps.setArray(7, con.createArrayOf("varchar",
					entries.stream().map(e -> e.record().reference()).toArray(String[]::new)));
			return ps;
		});
	}

	private static Array bytea(java.sql.Connection con, byte[][] values) throws SQLException {
		return con.createArrayOf("bytea", values);
	}

	Optional<LedgerEntry> find(long seq) {
		return jdbc.sql("select " + COLUMNS + " from ledger_entry where seq = ?")
			.param(seq)
			.query(EntryRepository::map)
			.optional();
	}

	Optional<LedgerEntry> findByDigest(EntryType type, byte[] sha256) {
		return jdbc.sql("select " + COLUMNS + " from ledger_entry where entry_type = ? and sha256 = ?")
			.params(type.wireName(), sha256)
			.query(EntryRepository::map)
			.optional();
	}

	Optional<LedgerEntry> findByLeafHash(byte[] leafHash) {
		return jdbc.sql("select " + COLUMNS + " from ledger_entry where leaf_hash = ? order by seq limit 1")
			.param(leafHash)
			.query(EntryRepository::map)
			.optional();
	}

	/** Entries anchoring content with this SHA-256, of any type. */
	List<LedgerEntry> findBySha256(byte[] sha256) {
		return jdbc.sql("select " + COLUMNS + " from ledger_entry where sha256 = ? order by seq")
			.param(sha256)
			.query(EntryRepository::map)
			.list();
	}

	Optional<LedgerIndex> indexOf(EntryType type, String reference) {
		return jdbc.sql("select seq from ledger_entry where entry_type = ? and reference = ? order by seq limit 1")
			.params(type.wireName(), reference)
			.query((rs, row) -> new LedgerIndex(rs.getLong(1)))
			.optional();
	}

	/** The leaf hashes of entries {@code [from, to)}, in index order (for fsck). */
	List<byte[]> leafHashes(long from, long to) {
		return jdbc.sql("select leaf_hash from ledger_entry where seq >= ? and seq < ? order by seq")
			.params(from, to)
			.query((rs, row) -> rs.getBytes(1))
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();
	}

	private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
		EntryType type = EntryType.fromWireName(rs.getString("entry_type"))
			.orElseThrow(() -> new IllegalStateException("unknown entry type in ledger_entry"));
		return new LedgerEntry(new LedgerIndex(rs.getLong("seq")),
				new LedgerRecord(type, rs.getBytes("sha256"), rs.getBytes("sm3"), rs.getString("reference")),
				rs.getBytes("leaf_hash"), rs.getTimestamp("received_at").toInstant());
	}
}
