package org.smartcourt.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerRecords;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publication is safe with several nodes (every publication extends the previous one, and a stale compare-and-swap
 * changes nothing), and a checkpoint whose witnesses do not meet the quorum is not published.
 */
@IntegrationTest
class CheckpointPublisherTests {

	@Autowired
	CheckpointProperties properties;

	@Autowired
	LogKeys keys;

	@Autowired
	WitnessRoster roster;

	@Autowired
	CheckpointRepository checkpoints;

	@Autowired
	TreeStateRepository tree;

	@Autowired
	LogReader reader;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	private CheckpointPublisher publisher(WitnessRoster witnesses, List<PublishedCheckpoint> published) {
		return new CheckpointPublisher(properties, keys, witnesses, new WitnessClient(Duration.ofSeconds(1)), checkpoints,
				tree, reader, transactions, clock, List.of(published::add));
	}

	@Test
	void withoutTheQuorumNothingIsPublishedAndTheWitnessFailureIsRecorded() throws Exception {
		WitnessRoster offline = new WitnessRoster(keys, "all", List.of(new CheckpointProperties.WitnessEndpoint("offline-witness",
				URI.create("http://127.0.0.1:9/"), CosignatureV1.Signer.generate("offline.example").verifierKey().toString())));
		ledger.append(LedgerRecords.fresh(EntryType.EVIDENCE_FILE)).get(10, TimeUnit.SECONDS);

		// republish at once, so that this publisher asks its witness even if the running one published the entry already
		CheckpointProperties always = new CheckpointProperties(properties.origin(), properties.signingKey(),
				properties.signingKeyFile(), properties.sm2KeyFile(), properties.keyDirectory(), properties.interval(),
				Duration.ZERO, properties.witnessTimeout(), List.of(), "all", false, properties.tsaUrl(),
				properties.tsaImprint(), properties.tsaRootFile());
		List<PublishedCheckpoint> published = new ArrayList<>();
		CheckpointPublisher publisher = new CheckpointPublisher(always, keys, offline, new WitnessClient(Duration.ofSeconds(1)),
				checkpoints, tree, reader, transactions, clock, List.of(published::add));
		// the running publisher may hold the head for a moment (this one then skips): try a few times
		for (int attempt = 0; attempt < 50 && !asked("offline-witness"); attempt++) {
			assertThat(publisher.publishIfDue()).isEmpty();
			if (!asked("offline-witness")) {
				Thread.sleep(100);
			}
		}

		assertThat(published).isEmpty();
		assertThat(jdbc.sql("select last_error from ledger_witness_status where witness = 'offline-witness'")
			.query(String.class).single()).contains("unreachable");
	}

	private boolean asked(String witness) {
		return jdbc.sql("select count(*) from ledger_witness_status where witness = ?").param(witness).query(Long.class)
			.single() > 0;
	}

	@Test
	void concurrentPublishersOnlyEverExtendTheLog() throws Exception {
		List<PublishedCheckpoint> published = Collections.synchronizedList(new ArrayList<>());
		List<CheckpointPublisher> nodes = List.of(publisher(roster, published), publisher(roster, published),
				publisher(roster, published));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> running = new ArrayList<>();
		for (CheckpointPublisher node : nodes) {
			running.add(pool.submit(() -> {
				for (int i = 0; i < 8; i++) {
					node.publishIfDue();
				}
				return null;
			}));
		}
		running.add(pool.submit(() -> {
			for (int i = 0; i < 8; i++) {
				ledger.append(LedgerRecords.fresh(EntryType.EVIDENCE_FILE)).get(10, TimeUnit.SECONDS);
			}
			return null;
		}));
		for (Future<?> f : running) {
			f.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		List<PublishedCheckpoint> history = new ArrayList<>(checkpoints.recent(100));
		Collections.reverse(history);
		assertThat(history).extracting(PublishedCheckpoint::size).isSorted().doesNotHaveDuplicates();
		ProofVerifier verifier = new ProofVerifier(reader.hasher());
		for (int i = 1; i < history.size(); i++) {
			PublishedCheckpoint a = history.get(i - 1);
			PublishedCheckpoint b = history.get(i);
			if (a.size() > 0) {
				verifier.verifyConsistency(a.size(), b.size(), a.root(), b.root(), reader.consistency(a.size(), b.size()));
			}
		}
		for (PublishedCheckpoint p : published) {
			assertThat(checkpoints.bySize(p.size())).hasValueSatisfying(c -> assertThat(c.root()).isEqualTo(p.root()));
		}
	}

	@Test
	void aStaleCompareAndSwapChangesNothing() throws Exception {
		ledger.append(LedgerRecords.fresh(EntryType.EVIDENCE_FILE)).get(10, TimeUnit.SECONDS);
		PublishedCheckpoint head = transactions.execute(tx -> checkpoints.head()).orElseThrow();
		PublishedCheckpoint forged = new PublishedCheckpoint(head.size() + 1000, new byte[32], head.note(), clock.instant());

		Boolean swapped = transactions.execute(tx -> checkpoints.compareAndSwap(head.size(), new byte[32], forged));

		assertThat(swapped).isFalse();
		assertThat(checkpoints.bySize(head.size() + 1000)).isEmpty();
	}
}
