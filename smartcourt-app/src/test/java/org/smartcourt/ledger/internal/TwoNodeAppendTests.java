package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.ledger.LedgerRecords;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two nodes (integrators with no shared memory) appending to one database at once: the row lock on the tree state
 * sequences their batches, so indexes never collide and the stored tree stays sound.
 */
@IntegrationTest
class TwoNodeAppendTests {

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

	private LogIntegrator node() {
		return new LogIntegrator(state, entries, new TileWriter(tiles, hasher), new BundleWriter(tiles), hasher,
				transactions, Clock.systemUTC());
	}

	@Test
	void twoNodesNeverHandOutTheSameIndex() throws Exception {
		// both nodes also append a shared record: it must get one index
		LedgerRecord shared = LedgerRecords.fresh(EntryType.DOCUMENT);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<Long>>> results = new ArrayList<>();
			for (int n = 0; n < 2; n++) {
				LogIntegrator node = node();
				Callable<List<Long>> work = () -> {
					List<Long> got = new ArrayList<>();
					for (int batch = 0; batch < 15; batch++) {
						List<LedgerRecord> records = new ArrayList<>();
						for (int i = 0; i < 40; i++) {
							records.add(LedgerRecords.fresh(EntryType.DOCKET_ENTRY));
						}
						records.add(shared);
						for (long index : node.integrate(records)) {
							got.add(index);
						}
					}
					return got;
				};
				results.add(pool.submit(work));
			}
			List<Long> first = results.get(0).get(60, TimeUnit.SECONDS);
			List<Long> second = results.get(1).get(60, TimeUnit.SECONDS);
			long sharedIndex = first.get(40);
			Set<Long> distinct = new HashSet<>();
			for (List<Long> got : List.of(first, second)) {
				for (int i = 0; i < got.size(); i++) {
					if (i % 41 == 40) {
						assertThat(got.get(i)).isEqualTo(sharedIndex);
					}
					else {
						assertThat(distinct.add(got.get(i))).as("index %d handed out twice", got.get(i)).isTrue();
					}
				}
			}
			assertThat(distinct).hasSize(2 * 15 * 40).doesNotContain(sharedIndex);
		}
		finally {
			pool.shutdown();
		}
		assertThat(fsck.run().problems()).isEmpty();
	}
}
