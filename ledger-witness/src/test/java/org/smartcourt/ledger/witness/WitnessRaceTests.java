package org.smartcourt.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcourt.ledger.witness.WitnessTestSupport.CLOCK;
import static org.smartcourt.ledger.witness.WitnessTestSupport.bytes;
import static org.smartcourt.ledger.witness.WitnessTestSupport.cosignatures;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.CosignatureV1;

/**
 * The race of c2sp.org/tlog-witness: "checking the old size against the latest checkpoint and persisting the new
 * checkpoint must be performed atomically, otherwise ... The stored size is updated to N for request A, rolling back K
 * leaves." Many threads post at once; the stored size must never go back and only the winners are cosigned.
 */
class WitnessRaceTests {

	static final int THREADS = 12;
	static final EmbeddedPostgres pg = TestDatabase.server();
	static final DataSource db = pg.getPostgresDatabase();

	final TestLog log = new TestLog("ledger.test.court/race", TreeHasher.sha256());
	final CosignatureV1.Signer witnessKey = CosignatureV1.Signer.generate("witness.test.court/race");
	JdbcWitnessState state;
	Witness witness;
	ExecutorService pool;

	@BeforeEach
	void freshWitness() throws SQLException {
		state = new JdbcWitnessState(db);
		WitnessTestSupport.truncate(db);
		witness = new Witness(witnessKey.signerKey(), CLOCK, List.of(log.witnessed()), state);
		log.growTo(400);
	}

	@Test
	void ofManyRequestsFromTheSameOldSizeExactlyOneIsCosigned() throws Exception {
		assertThat(witness.addCheckpoint(bytes(log.request(0, 10))).status()).isEqualTo(200);
		long size = 10;
		pool = Executors.newFixedThreadPool(THREADS);
		try (Monitor monitor = new Monitor()) {
			for (int round = 0; round < 15; round++) {
				long from = size;
				List<String> bodies = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					bodies.add(t % 3 == 2 && from > 10 ? log.request(10, from + 1 + t) // stale old size
							: log.request(from, from + 1 + t));
				}
				List<AddCheckpointResponse> responses = postAllAtOnce(bodies);

				List<Integer> winners = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					if (responses.get(t).status() == 200) {
						winners.add(t);
					}
				}
				assertThat(winners).as("round %d", round).hasSize(1);
				int winner = winners.get(0);
				long won = from + 1 + winner;
				assertThat(bodies.get(winner)).startsWith("old " + from + "\n");
				assertThat(cosignatures(log.checkpoint(won), responses.get(winner).bodyText(), witness.verifierKey())).hasSize(1);
				for (int t = 0; t < THREADS; t++) {
					if (t != winner) {
						AddCheckpointResponse loser = responses.get(t);
						assertThat(loser.status()).isEqualTo(409);
						assertThat(loser.contentType()).isEqualTo("text/x.tlog.size");
						assertThat(loser.latestSize().getAsLong()).isIn(from, won);
					}
				}
				assertThat(state.latest(log.origin)).contains(new LogState(won, log.root(won)));
				size = won;
			}
			assertThat(monitor.sawGoingBack()).isFalse();
		} finally {
			pool.shutdownNow();
		}
	}

	/** Clients that retry with the size of each 409, like a real log, all racing towards their own targets. */
	@Test
	void retryingClientsNeverRollTheStateBack() throws Exception {
		assertThat(witness.addCheckpoint(bytes(log.request(0, 1))).status()).isEqualTo(200);
		pool = Executors.newFixedThreadPool(THREADS);
		Map<Long, Integer> cosignedSizes = new ConcurrentHashMap<>();
		List<Long> conflictSizes = new CopyOnWriteArrayList<>();
		try (Monitor monitor = new Monitor()) {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> clients = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				long target = target(t);
				clients.add(pool.submit(() -> {
					start.await();
					long old = 1;
					for (int attempt = 0; attempt < 200 && old < target; attempt++) {
						AddCheckpointResponse r = witness.addCheckpoint(bytes(log.request(old, target)));
						if (r.status() == 200) {
							cosignedSizes.merge(target, 1, Integer::sum);
							assertThat(cosignatures(log.checkpoint(target), r.bodyText(), witness.verifierKey())).hasSize(1);
							return null;
						}
						assertThat(r.status()).isEqualTo(409);
						old = r.latestSize().getAsLong();
						conflictSizes.add(old);
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> client : clients) {
				client.get(60, TimeUnit.SECONDS);
			}
			assertThat(monitor.sawGoingBack()).isFalse();
		} finally {
			pool.shutdownNow();
		}
		long max = 0;
		for (int t = 0; t < THREADS; t++) {
			max = Math.max(max, target(t));
		}
		LogState end = state.latest(log.origin).orElseThrow();
		assertThat(end).isEqualTo(new LogState(max, log.root(max)));
		assertThat(cosignedSizes.values()).allMatch(n -> n == 1);
		assertThat(cosignedSizes).containsKey(max);
		List<Long> known = new ArrayList<>(cosignedSizes.keySet());
		known.add(1L);
		assertThat(conflictSizes).allMatch(known::contains);
	}

	/** Distinct sizes spread over the tree, in no particular order of the threads. */
	private static long target(int thread) {
		return 20 + 31L * thread % 380;
	}

	private List<AddCheckpointResponse> postAllAtOnce(List<String> bodies) throws Exception {
		CountDownLatch ready = new CountDownLatch(bodies.size());
		CountDownLatch go = new CountDownLatch(1);
		List<Future<AddCheckpointResponse>> futures = new ArrayList<>();
		for (String body : bodies) {
			byte[] request = bytes(body);
			futures.add(pool.submit(() -> {
				ready.countDown();
				go.await();
				return witness.addCheckpoint(request);
			}));
		}
		ready.await();
		go.countDown();
		List<AddCheckpointResponse> responses = new ArrayList<>();
		for (Future<AddCheckpointResponse> f : futures) {
			responses.add(f.get(30, TimeUnit.SECONDS));
		}
		return responses;
	}

	/** Reads the stored size over and over while the requests run, noting any decrease. */
	private final class Monitor implements AutoCloseable {

		private final AtomicBoolean running = new AtomicBoolean(true);
		private final AtomicBoolean wentBack = new AtomicBoolean();
		private final Thread thread = new Thread(this::watch, "witness-state-monitor");

		Monitor() {
			thread.start();
		}

		private void watch() {
			long last = -1;
			while (running.get()) {
				long now = state.latest(log.origin).map(LogState::size).orElse(0L);
				if (now < last) {
					wentBack.set(true);
				}
				last = now;
			}
		}

		boolean sawGoingBack() throws InterruptedException {
			running.set(false);
			thread.join();
			return wentBack.get();
		}

		@Override
		public void close() throws InterruptedException {
			running.set(false);
			thread.join();
		}
	}
}
