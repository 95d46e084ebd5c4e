package org.smartcourt.ledger.internal;

import java.io.ByteArrayOutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code ledger_tree_state} row. Locking it {@code FOR UPDATE} is the global sequencer: one batch at a time
 * across all app nodes sharing the database (ledger-reference §7.3 step 1).
 */
@Repository
class TreeStateRepository {

	private static final int HASH = 32;

	private final JdbcClient jdbc;

	TreeStateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	TreeState read() {
		return jdbc.sql("select size, root, compact_range, hash_algorithm from ledger_tree_state where id = 0")
			.query(TreeStateRepository::map)
			.single();
	}

	/** Reads and locks the state until the transaction ends; call inside a transaction. */
	TreeState lock() {
		return jdbc.sql("select size, root, compact_range, hash_algorithm from ledger_tree_state where id = 0 for update")
			.query(TreeStateRepository::map)
			.single();
	}

	void advance(long size, byte[] root, List<byte[]> compactRange) {
		ByteArrayOutputStream packed = new ByteArrayOutputStream();
		compactRange.forEach(packed::writeBytes);
		jdbc.sql("update ledger_tree_state set size = ?, root = ?, compact_range = ?, updated_at = now() where id = 0")
			.params(size, root, packed.toByteArray())
			.update();
	}

	/** Sets the algorithm (and the empty tree's root) of a log that has no entries yet. */
	void initialise(String algorithm, byte[] emptyRoot) {
		jdbc.sql("update ledger_tree_state set hash_algorithm = ?, root = ? where id = 0 and size = 0")
			.params(algorithm, emptyRoot)
			.update();
	}

	private static TreeState map(ResultSet rs, int row) throws SQLException {
		byte[] packed = rs.getBytes("compact_range");
		List<byte[]> hashes = new ArrayList<>();
		for (int i = 0; i + HASH <= packed.length; i += HASH) {
			hashes.add(Arrays.copyOfRange(packed, i, i + HASH));
		}
		return new TreeState(rs.getLong("size"), rs.getBytes("root"), hashes, rs.getString("hash_algorithm"));
	}
}
