package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.ledger.LedgerRecords;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A node that dies in the middle of a batch (after its tiles and bundles are written, before the tree state) leaves
 * nothing behind: the transaction rolls back, every acknowledged entry keeps its leaf, the tree recomputed from the
 * entries equals the stored one, and a fresh integrator on the same database carries on.
 */
@IntegrationTest
class CrashSafetyTests {

	@Autowired
	Ledger ledger;

	@Autowired
	TreeStateRepository state;

	@Autowired
	EntryRepository entries;

	@Autowired
	TileRepository tiles;

	@Autowired
	TreeHasher hasher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	LedgerFsck fsck;

	@Autowired
	TreeStateRepository treeState;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private LogIntegrator newNode() {
		return new LogIntegrator(state, entries, new TileWriter(tiles, hasher), new BundleWriter(tiles), hasher,
				transactions, Clock.systemUTC());
	}

	@Test
	void aBatchInterruptedBeforeCommitLeavesNoTraceAndNothingAcknowledgedIsLost() throws Exception {
		Map<LedgerRecord, LedgerIndex> acknowledged = new java.util.HashMap<>();
		List<CompletableFuture<LedgerIndex>> futures = new ArrayList<>();
		List<LedgerRecord> records = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			LedgerRecord record = LedgerRecords.fresh(EntryType.SERVICE_RECEIPT);
			records.add(record);
			futures.add(ledger.append(record));
		}
		for (int i = 0; i < records.size(); i++) {
			acknowledged.put(records.get(i), futures.get(i).get(30, TimeUnit.SECONDS));
		}

		LogIntegrator crashing = newNode();
		crashing.crashPoint(() -> {
			throw new IllegalStateException("power failure");
		});
		List<LedgerRecord> doomed = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			doomed.add(LedgerRecords.fresh(EntryType.DOCKET_ENTRY));
		}
		assertThatThrownBy(() -> crashing.integrate(doomed)).hasMessageContaining("power failure");
		for (LedgerRecord record : doomed) {
			assertThat(ledger.findByDigest(record.type(), record.sha256())).isEmpty();
		}

		// "restart": a new node on the same database
		long[] indexes = newNode().integrate(doomed);
		assertThat(indexes).hasSize(doomed.size()).doesNotHaveDuplicates();
		acknowledged.forEach((record, index) -> assertThat(ledger.find(index).orElseThrow().record()).isEqualTo(record));
		for (int i = 0; i < doomed.size(); i++) {
			assertThat(ledger.find(new LedgerIndex(indexes[i])).orElseThrow().record()).isEqualTo(doomed.get(i));
		}
		FsckReport report = fsck.run();
		assertThat(report.problems()).isEmpty();
		assertThat(report.entriesChecked()).isEqualTo(report.size());
		TreeState tree = treeState.read();
		assertThat(new LogReader(tiles, new TileCache(), hasher, treeState, entries).root(tree.size()))
			.isEqualTo(tree.root());
	}

	@Test
	void aBatchWhoseDatabaseConnectionIsKilledMidwayLeavesNoTrace() throws Exception {
		long sizeBefore = treeState.read().size();
		LogIntegrator victim = newNode();
		java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
		victim.crashPoint(() -> {
			// the batch's own connection, killed from another one, as when a node or its network dies
			int pid = jdbc.sql("select pg_backend_pid()").query(Integer.class).single();
			killed.set(CompletableFuture.supplyAsync(() -> jdbc.sql("select pg_terminate_backend(?::integer)")
				.param(pid)
				.query(Boolean.class)
				.single()).join());
		});
		List<LedgerRecord> doomed = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			doomed.add(LedgerRecords.fresh(EntryType.DOCKET_ENTRY));
		}
		assertThatThrownBy(() -> victim.integrate(doomed)).isInstanceOfAny(
				org.springframework.dao.DataAccessException.class, org.springframework.transaction.TransactionException.class);
		assertThat(killed).isTrue();
		for (LedgerRecord record : doomed) {
			assertThat(ledger.findByDigest(record.type(), record.sha256())).isEmpty();
		}
		assertThat(treeState.read().size()).isGreaterThanOrEqualTo(sizeBefore);
		long[] indexes = newNode().integrate(doomed);
		assertThat(indexes).doesNotHaveDuplicates();
		assertThat(fsck.run().problems()).isEmpty();
	}
}
