package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecords;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database refuses to rewrite history: entries never change, full tiles and bundles never change, partial ones
 * only grow.
 */
@IntegrationTest
class LedgerHardeningTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void atLeastOneFullTile() throws Exception {
		List<CompletableFuture<LedgerIndex>> appended = new ArrayList<>();
		for (int i = 0; i < 260; i++) {
			appended.add(ledger.append(LedgerRecords.fresh(EntryType.FILING)));
		}
		for (CompletableFuture<LedgerIndex> future : appended) {
			future.get(30, TimeUnit.SECONDS);
		}
	}

	private void refused(String sql, Object... params) {
		assertThatThrownBy(() -> jdbc.sql(sql).params(params).update()).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("ledger")
			.satisfies(ex -> assertThat(((java.sql.SQLException) ((DataAccessException) ex).getMostSpecificCause())
				.getSQLState()).isEqualTo("42501"));
	}

	@Test
	void entriesCannotBeChangedDeletedOrTruncated() {
		refused("update ledger_entry set reference = 'forged' where seq = 0");
		refused("delete from ledger_entry where seq = 0");
		refused("truncate ledger_entry cascade");
	}

	@Test
	void fullTilesAndBundlesAreImmutable() {
		refused("update ledger_tile set nodes = nodes where level = 0 and idx = 0");
		refused("delete from ledger_tile where level = 0 and idx = 0");
		refused("insert into ledger_tile (level, idx, nodes) values (0, 0, ?) "
				+ "on conflict (level, idx) do update set nodes = excluded.nodes", new byte[32]);
		refused("update ledger_entry_bundle set data = data where idx = 0");
		refused("delete from ledger_entry_bundle where idx = 0");
		refused("truncate ledger_tile");
		refused("truncate ledger_entry_bundle");
	}

	@Test
	void partialTilesMayOnlyGrow() {
		// a partial tile of our own far beyond the tree, in a transaction rolled back at the end, so that the shared
		// log is left as it was (the triggers would refuse to delete the row afterwards)
		long idx = 1_000_000_000L + System.nanoTime() % 1_000_000;
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("insert into ledger_tile (level, idx, nodes) values (7, ?, ?)").params(idx, new byte[64]).update();
			Object savepoint = status.createSavepoint();
			refused("update ledger_tile set nodes = substring(nodes from 1 for 32) where level = 7 and idx = ?", idx);
			status.rollbackToSavepoint(savepoint);
			byte[] changedPrefix = new byte[96];
			changedPrefix[0] = 1;
			refused("update ledger_tile set nodes = ? where level = 7 and idx = ?", changedPrefix, idx);
			status.rollbackToSavepoint(savepoint);
			assertThat(jdbc.sql("update ledger_tile set nodes = ? where level = 7 and idx = ?")
				.params(new byte[96], idx)
				.update()).isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from ledger_tile where level = 7 and idx = ?").param(idx).query(Long.class)
			.single()).isZero();
	}

	@Test
	void theTreeNeverShrinks() {
		refused("update ledger_tree_state set size = 0 where id = 0");
		refused("delete from ledger_tree_state");
	}
}
