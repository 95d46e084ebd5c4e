package org.smartcourt.ledger.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.audit.AuditDigest;
import org.smartcourt.audit.AuditDigests;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Anchors audit records in the ledger (reference {@code audit:<id>}). Audit records are written on every command and
 * read, so writing them must stay cheap: instead of an event per record, this sweeps the records written since its
 * cursor every {@code anchor-interval}, in batches, after they have settled for {@code anchor-settle}, and moves the
 * cursor once the ledger acknowledged them. Nothing here writes audit records, so anchoring cannot recurse. With
 * several nodes each sweeps; dedup makes overlaps harmless; a crash only repeats work.
 */
@Component
class AuditAnchoring implements SmartLifecycle {

	static final String SOURCE = "audit";
	private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);
	private static final int PAGE = 1024;

	private final AuditDigests digests;
	private final Ledger ledger;
	private final AnchorCursor cursor;
	private final Clock clock;
	private final Duration interval;
	private final Duration settle;
	private ScheduledExecutorService scheduler;

	AuditAnchoring(AuditDigests digests, Ledger ledger, AnchorCursor cursor, Clock clock, LedgerProperties properties) {
		this.digests = digests;
		this.ledger = ledger;
		this.cursor = cursor;
		this.clock = clock;
		this.interval = properties.anchorInterval();
		this.settle = properties.anchorSettle();
	}

	/** Anchors every settled audit record not anchored yet; returns how many it appended. */
	int sweep() throws Exception {
		int anchored = 0;
		long position = cursor.position(SOURCE);
		while (true) {
			List<AuditDigest> page = digests.after(position, clock.instant().minus(settle), PAGE);
			if (page.isEmpty()) {
				return anchored;
			}
			List<CompletableFuture<LedgerIndex>> appended = new ArrayList<>(page.size());
			for (AuditDigest digest : page) {
				appended.add(ledger.append(
						new LedgerRecord(EntryType.AUDIT_RECORD, digest.sha256(), digest.sm3(), "audit:" + digest.id())));
			}
			CompletableFuture.allOf(appended.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			position = page.get(page.size() - 1).id();
			cursor.advance(SOURCE, position);
			anchored += page.size();
			if (page.size() < PAGE) {
				return anchored;
			}
		}
	}

	private void sweepQuietly() {
		try {
			sweep();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.warn("anchoring audit records failed; the next sweep retries: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "ledger-audit-anchoring");
			thread.setDaemon(true);
			return thread;
		});
		scheduler.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		if (scheduler != null) {
			scheduler.shutdownNow();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

	/** Starts after the appender (and stops before it). */
	@Override
	public int getPhase() {
		return BatchAppender.PHASE + 1;
	}
}
