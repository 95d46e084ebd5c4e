package org.smartcourt.ledger.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.shared.DomainException;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The in-process append queue (ledger-reference §7.3): one flusher thread per node takes up to
 * {@code batch-size} records, or what arrived within {@code batch-max-age} of the first, and integrates them in one
 * transaction. At most {@code max-outstanding} appends may be queued or in flight; beyond that {@link #append} fails
 * at once ({@code ledger-busy}, HTTP 503 with Retry-After) instead of blocking the caller (Tessera's push-back).
 * A failed batch fails its futures; callers may retry, dedup makes that idempotent.
 */
@Component
class BatchAppender implements SmartLifecycle {

	/** Lifecycle phase: starts before (and stops after) what anchors through it. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 10;

	private static final Logger log = LoggerFactory.getLogger(BatchAppender.class);

	private record Pending(LedgerRecord record, CompletableFuture<LedgerIndex> future, long queuedAt) {
	}

	private final LogIntegrator integrator;
	private final TreeCheck check;
	private final LedgerStatus status;
	private final int batchSize;
	private final long maxAgeNanos;
	private final Semaphore outstanding;
	private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
	private volatile boolean running;
	private Thread flusher;

	BatchAppender(LogIntegrator integrator, TreeCheck check, LedgerStatus status, LedgerProperties properties) {
		this.integrator = integrator;
		this.check = check;
		this.status = status;
		this.batchSize = properties.batchSize();
		this.maxAgeNanos = properties.batchMaxAge().toNanos();
		this.outstanding = new Semaphore(properties.maxOutstanding());
	}

	CompletableFuture<LedgerIndex> append(LedgerRecord record) {
		if (!status.acceptsAppends()) {
			throw new DomainException(DomainException.Kind.UNAVAILABLE, "ledger-unavailable",
					"problem.ledger-unavailable.detail");
		}
		if (!outstanding.tryAcquire()) {
			throw new DomainException(DomainException.Kind.UNAVAILABLE, "ledger-busy", "problem.ledger-busy.detail");
		}
		CompletableFuture<LedgerIndex> future = new CompletableFuture<>();
		queue.add(new Pending(record, future, System.nanoTime()));
		return future;
	}

	@Override
	public void start() {
		check.verify();
		running = true;
		flusher = new Thread(this::flushLoop, "ledger-flusher");
		flusher.setDaemon(true);
		flusher.start();
	}

	@Override
	public void stop() {
		running = false;
		if (flusher != null) {
			try {
				flusher.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		List<Pending> left = new ArrayList<>();
		queue.drainTo(left);
		left.forEach(p -> p.future().completeExceptionally(new IllegalStateException("the ledger is shutting down")));
		outstanding.release(left.size());
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void flushLoop() {
		while (running || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					flush(collect(first));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private List<Pending> collect(Pending first) throws InterruptedException {
		List<Pending> batch = new ArrayList<>(batchSize);
		batch.add(first);
		long deadline = first.queuedAt() + maxAgeNanos;
		while (batch.size() < batchSize) {
			queue.drainTo(batch, batchSize - batch.size());
			long wait = deadline - System.nanoTime();
			if (batch.size() >= batchSize || wait <= 0) {
				break;
			}
			Pending next = queue.poll(wait, TimeUnit.NANOSECONDS);
			if (next == null) {
				break;
			}
			batch.add(next);
		}
		return batch;
	}

	private void flush(List<Pending> batch) {
		try {
			long[] indexes = integrator.integrate(batch.stream().map(Pending::record).toList());
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).future().complete(new LedgerIndex(indexes[i]));
			}
		}
		catch (Throwable ex) {
			log.warn("ledger batch of {} entries failed; its appends fail and may be retried", batch.size(), ex);
			batch.forEach(p -> p.future().completeExceptionally(ex));
		}
		finally {
			outstanding.release(batch.size());
		}
	}
}
