package org.smartcourt.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcourt.ledger.core.InMemoryTree;
import org.smartcourt.ledger.core.ProofGenerator;
import org.smartcourt.ledger.core.TreeHasher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The log's first {@code size} entries rebuilt in memory from the entries' canonical leaves: the reference that tiles,
 * bundles, roots and proofs are compared with.
 */
record LedgerSnapshot(long size, byte[] storedRoot, InMemoryTree tree, List<byte[]> leaves) {

	/** At the size the tree state has now, with the root stored with it. */
	static LedgerSnapshot of(JdbcClient jdbc, Ledger ledger) {
		Map.Entry<Long, byte[]> state = jdbc.sql("select size, root from ledger_tree_state where id = 0")
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getBytes(2)))
			.single();
		InMemoryTree tree = new InMemoryTree(TreeHasher.sha256());
		List<byte[]> leaves = new ArrayList<>();
		jdbc.sql("select entry_type, sha256, sm3, reference from ledger_entry where seq < ? order by seq")
			.param(state.getKey())
			.query((rs, row) -> new LedgerRecord(EntryType.fromWireName(rs.getString(1)).orElseThrow(), rs.getBytes(2),
					rs.getBytes(3), rs.getString(4)).leaf().encode())
			.list()
			.forEach(leaf -> {
				leaves.add(leaf);
				tree.append(leaf);
			});
		if (leaves.size() != state.getKey()) {
			throw new IllegalStateException("ledger_entry has " + leaves.size() + " of " + state.getKey() + " entries");
		}
		return new LedgerSnapshot(state.getKey(), state.getValue(), tree, leaves);
	}

	byte[] root() {
		return root(size);
	}

	byte[] root(long atSize) {
		return new ProofGenerator(TreeHasher.sha256(), tree).root(atSize);
	}
}
