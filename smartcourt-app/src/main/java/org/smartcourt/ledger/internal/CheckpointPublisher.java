package org.smartcourt.ledger.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.ledger.core.note.Checkpoint;
import org.smartcourt.ledger.core.note.CheckpointRejectedException;
import org.smartcourt.ledger.core.note.NoteSignature;
import org.smartcourt.ledger.core.note.NoteSigner;
import org.smartcourt.ledger.core.note.SignedNote;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes checkpoints (ledger-reference §7.4): when the tree has grown, or when the last checkpoint is older than
 * the republish interval, it signs {@code origin / size / root} with the log's keys, asks every witness for a
 * cosignature in parallel (c2sp.org/tlog-witness, with the consistency proof from the size each witness last
 * cosigned), checks the result against the log's own policy, and publishes only if the quorum is met.
 *
 * <p>Cluster safety: every node runs the job, but a node publishes only while it holds the head row's lock
 * ({@code FOR UPDATE SKIP LOCKED}, as Tessera's PostgreSQL driver does), and the head moves by compare-and-swap from
 * the exact size and root it read, so two nodes can never publish diverging heads.
 */
final class CheckpointPublisher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CheckpointPublisher.class);

	private final CheckpointProperties properties;
	private final LogKeys keys;
	private final WitnessRoster roster;
	private final WitnessClient client;
	private final CheckpointRepository checkpoints;
	private final TreeStateRepository tree;
	private final LogReader reader;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final List<CheckpointListener> listeners;
	private ScheduledExecutorService scheduler;
	private volatile ExecutorService calls;

	CheckpointPublisher(CheckpointProperties properties, LogKeys keys, WitnessRoster roster, WitnessClient client,
			CheckpointRepository checkpoints, TreeStateRepository tree, LogReader reader,
			TransactionTemplate transactions, Clock clock, List<CheckpointListener> listeners) {
		this.properties = properties;
		this.keys = keys;
		this.roster = roster;
		this.client = client;
		this.checkpoints = checkpoints;
		this.tree = tree;
		this.reader = reader;
		this.transactions = transactions;
		this.clock = clock;
		this.listeners = listeners;
		this.calls = Executors.newCachedThreadPool(r -> daemon(r, "ledger-witness-call"));
	}

	/** Something to do after a new size is published (e.g. ask a TSA for a timestamp). */
	interface CheckpointListener {
		void published(PublishedCheckpoint checkpoint);
	}

	/**
	 * Publishes now if due; empty when nothing was published (no growth, another node is publishing, or the witnesses
	 * did not meet the quorum). Safe to call from any thread and any node.
	 */
	synchronized Optional<PublishedCheckpoint> publishIfDue() {
		Optional<PublishedCheckpoint> published = transactions.execute(tx -> publishLocked());
		published.filter(p -> p.size() > 0).ifPresent(p -> listeners.forEach(l -> {
			try {
				l.published(p);
			}
			catch (RuntimeException e) {
				log.warn("after publishing checkpoint {}: {}", p.size(), e.toString());
			}
		}));
		return published;
	}

	private Optional<PublishedCheckpoint> publishLocked() {
		Optional<Optional<PublishedCheckpoint>> locked = checkpoints.lockHead();
		if (locked.isEmpty()) {
			return Optional.empty();
		}
		Optional<PublishedCheckpoint> head = locked.get();
		TreeState state = tree.read();
		if (state.root() == null) {
			return Optional.empty();
		}
		long headSize = head.map(PublishedCheckpoint::size).orElse(0L);
		if (state.size() < headSize) {
			log.error("证据链树 ({}) 小于已发布检查点 ({})：拒绝发布。The tree is smaller than the published checkpoint: refusing",
					state.size(), headSize);
			return Optional.empty();
		}
		Instant now = clock.instant();
		boolean grown = head.isEmpty() || state.size() > headSize;
		boolean stale = head.isPresent()
				&& Duration.between(head.get().publishedAt(), now).compareTo(properties.republish()) >= 0;
		if (!grown && !stale) {
			return Optional.empty();
		}
		SignedNote note = new Checkpoint(properties.origin(), state.size(), state.root()).toNote();
		for (NoteSigner signer : keys.signers()) {
			note = note.sign(signer);
		}
		note = cosign(note, state.size());
		try {
			roster.policy().verify(note);
		}
		catch (CheckpointRejectedException e) {
			log.warn("检查点 {} 未达到见证人法定数，暂不发布：{}。Checkpoint {} not published: {}", state.size(), e.getMessage(),
					state.size(), e.getMessage());
			return Optional.empty();
		}
		PublishedCheckpoint next = new PublishedCheckpoint(state.size(), state.root(), note, now);
		byte[] oldRoot = head.map(PublishedCheckpoint::root).orElse(new byte[0]);
		if (!checkpoints.compareAndSwap(headSize, oldRoot, next)) {
			log.warn("the published head moved while checkpoint {} was being cosigned; another node published", state.size());
			return Optional.empty();
		}
		return Optional.of(next);
	}

	private SignedNote cosign(SignedNote note, long size) {
		List<CheckpointProperties.WitnessEndpoint> witnesses = roster.witnesses();
		if (witnesses.isEmpty()) {
			return note;
		}
		// proofs are computed here, on the publishing thread, from the tiles; witnesses are then asked in parallel
		Map<Long, List<byte[]>> proofs = new HashMap<>();
		List<CompletableFuture<WitnessClient.Answer>> answers = new ArrayList<>();
		for (CheckpointProperties.WitnessEndpoint w : witnesses) {
			long old = Math.min(checkpoints.witnessSize(w.name()), size);
			List<byte[]> proof = proofs.computeIfAbsent(old, o -> proof(o, size));
			SignedNote signed = note;
			answers.add(CompletableFuture.supplyAsync(() -> ask(w, old, proof, signed, size), calls));
		}
		SignedNote cosigned = note;
		for (int i = 0; i < witnesses.size(); i++) {
			CheckpointProperties.WitnessEndpoint w = witnesses.get(i);
			WitnessClient.Answer answer = answers.get(i).join();
			if (answer instanceof WitnessClient.Cosigned c) {
				checkpoints.witnessCosigned(w.name(), size);
				for (NoteSignature s : c.cosignatures()) {
					cosigned = cosigned.withSignature(s);
				}
			}
			else if (answer instanceof WitnessClient.Conflict conflict) {
				checkpoints.witnessFailed(w.name(), "witness has size " + conflict.witnessSize() + " > " + size
						+ ": it saw a larger tree of this log (fork or rollback?)");
				log.error("证据链见证人 {} 已见过更大的树 ({} > {})：可能存在分叉或回滚。", w.name(), conflict.witnessSize(), size);
			}
			else if (answer instanceof WitnessClient.Failed failed) {
				checkpoints.witnessFailed(w.name(), failed.reason());
				log.warn("witness {} did not cosign checkpoint {}: {}", w.name(), size, failed.reason());
			}
		}
		return cosigned;
	}

	/** Asks one witness; on 409 it retries once from the size the witness says it has. */
	private WitnessClient.Answer ask(CheckpointProperties.WitnessEndpoint w, long old, List<byte[]> proof,
			SignedNote note, long size) {
		WitnessClient.Answer answer = client.addCheckpoint(w.url(), old, proof, note);
		if (answer instanceof WitnessClient.Conflict conflict && conflict.witnessSize() <= size
				&& conflict.witnessSize() != old) {
			return client.addCheckpoint(w.url(), conflict.witnessSize(), proof(conflict.witnessSize(), size), note);
		}
		return answer;
	}

	// a witness at size 0 (trust on first use) or at the same size needs no proof (c2sp.org/tlog-witness)
	private List<byte[]> proof(long from, long to) {
		return from == 0 || from == to ? List.of() : reader.consistency(from, to);
	}

	@Override
	public void start() {
		if (calls.isShutdown()) {
			calls = Executors.newCachedThreadPool(r -> daemon(r, "ledger-witness-call"));
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ledger-checkpoint-publisher"));
		long millis = properties.interval().toMillis();
		scheduler.scheduleWithFixedDelay(this::safely, millis, millis, TimeUnit.MILLISECONDS);
	}

	private void safely() {
		try {
			publishIfDue();
		}
		catch (RuntimeException e) {
			log.warn("checkpoint publication failed; retrying in {}", properties.interval(), e);
		}
	}

	private static Thread daemon(Runnable r, String name) {
		Thread t = new Thread(r, name);
		t.setDaemon(true);
		return t;
	}

	@Override
	public void stop() {
		if (scheduler != null) {
			scheduler.shutdownNow();
			calls.shutdownNow();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}
}
