package org.smartcourt.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.internal.LogReader;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Appends from many threads: distinct records get distinct indexes, duplicates the index they already have. */
@IntegrationTest
class LedgerAppendTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LogReader reader;

	@Test
	void concurrentAppendsGetDistinctIndexesAndDuplicatesTheExistingOne() throws Exception {
		List<LedgerRecord> distinct = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			distinct.add(LedgerRecords.fresh(EntryType.EVIDENCE_FILE));
		}
		ExecutorService threads = Executors.newFixedThreadPool(12);
		Map<LedgerRecord, List<CompletableFuture<LedgerIndex>>> futures = new HashMap<>();
		try {
			List<CompletableFuture<CompletableFuture<LedgerIndex>>> submitted = new ArrayList<>();
			List<LedgerRecord> order = new ArrayList<>();
			for (int i = 0; i < distinct.size(); i++) {
				// every fifth record is appended three times, from different threads
				int copies = i % 5 == 0 ? 3 : 1;
				for (int c = 0; c < copies; c++) {
					LedgerRecord record = distinct.get(i);
					order.add(record);
					submitted.add(CompletableFuture.supplyAsync(() -> ledger.append(record), threads));
				}
			}
			for (int i = 0; i < submitted.size(); i++) {
				futures.computeIfAbsent(order.get(i), r -> new ArrayList<>()).add(submitted.get(i).get(30, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdown();
		}
		Set<Long> indexes = new HashSet<>();
		for (LedgerRecord record : distinct) {
			List<Long> got = new ArrayList<>();
			for (CompletableFuture<LedgerIndex> future : futures.get(record)) {
				got.add(future.get(30, TimeUnit.SECONDS).value());
			}
			assertThat(new HashSet<>(got)).as("all appends of one record resolve to one index").hasSize(1);
			indexes.add(got.get(0));
			LedgerEntry entry = ledger.find(new LedgerIndex(got.get(0))).orElseThrow();
			assertThat(entry.record()).isEqualTo(record);
			assertThat(ledger.findByDigest(record.type(), record.sha256()).orElseThrow().index().value()).isEqualTo(got.get(0));
		}
		assertThat(indexes).hasSize(distinct.size());

		LedgerSnapshot snapshot = LedgerSnapshot.of(jdbc, ledger);
		assertThat(snapshot.storedRoot()).isEqualTo(snapshot.root());
		assertThat(reader.root(snapshot.size())).isEqualTo(snapshot.root());
	}

	@Test
	void appendingAgainLaterResolvesToTheFirstIndex() throws Exception {
		LedgerRecord record = LedgerRecords.fresh(EntryType.DOCUMENT);
		LedgerIndex first = ledger.append(record).get(30, TimeUnit.SECONDS);
		LedgerIndex again = ledger.append(record).get(30, TimeUnit.SECONDS);
		assertThat(again).isEqualTo(first);
		assertThat(ledger.indexOf(EntryType.DOCUMENT, record.reference())).contains(first);
		// the same content under another type is another entry
		LedgerRecord asFiling = new LedgerRecord(EntryType.FILING, record.sha256(), record.sm3(), record.reference());
		assertThat(ledger.append(asFiling).get(30, TimeUnit.SECONDS)).isNotEqualTo(first);
	}
}
