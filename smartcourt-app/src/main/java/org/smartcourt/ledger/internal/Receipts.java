package org.smartcourt.ledger.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerEntry;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.core.note.TlogProof;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * Evidence receipts (存证凭证): a c2sp.org/tlog-proof for an entry against the latest published checkpoint, which
 * covers it, with the entry's canonical leaf in the {@code extra} line so an offline verifier can tie a file's digest
 * to the leaf hash. The latest rather than the first covering checkpoint is used, since it carries the most recent
 * cosignatures; historic checkpoints stay available for consistency checks.
 */
@Service
public class Receipts {

	/** The longest a caller may wait for a covering checkpoint (Rekor v2 allows clients 20 s). */
	public static final Duration MAX_WAIT = Duration.ofSeconds(20);

	private final Ledger ledger;
	private final CheckpointRepository checkpoints;
	private final CheckpointPublisher publisher;
	private final LogReader reader;

	Receipts(Ledger ledger, CheckpointRepository checkpoints, CheckpointPublisher publisher, LogReader reader) {
		this.ledger = ledger;
		this.checkpoints = checkpoints;
		this.publisher = publisher;
		this.reader = reader;
	}

	/**
	 * The receipt of entry {@code index}, waiting up to {@code wait} (at most {@link #MAX_WAIT}) for a checkpoint that
	 * covers it.
	 *
	 * @throws DomainException 404 {@code ledger-entry-not-found} for an index not in the log, 409
	 *         {@code ledger-not-yet-checkpointed} when no published checkpoint covers it in time
	 */
	public TlogProof receipt(long index, Duration wait) {
		LedgerEntry entry = entry(index);
		PublishedCheckpoint head = covering(index, wait).orElseThrow(() -> DomainException
			.conflict("ledger-not-yet-checkpointed", "problem.ledger-not-yet-checkpointed.detail", index));
		List<byte[]> proof = reader.inclusion(index, head.size());
		return new TlogProof(Optional.of(entry.leaf()), index, proof, head.note());
	}

	/** The entry at an index. */
	public LedgerEntry entry(long index) {
		if (index < 0) {
			throw DomainException.notFound("ledger-entry-not-found", "problem.ledger-entry-not-found.detail", index);
		}
		return ledger.find(new LedgerIndex(index)).orElseThrow(() -> DomainException
			.notFound("ledger-entry-not-found", "problem.ledger-entry-not-found.detail", index));
	}

	/** The latest published checkpoint if it covers the index, waiting for one up to {@code wait}. */
	public Optional<PublishedCheckpoint> covering(long index, Duration wait) {
		Instant deadline = Instant.now().plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
		while (true) {
			Optional<PublishedCheckpoint> head = checkpoints.head().filter(h -> h.size() > index);
			if (head.isPresent() || !Instant.now().isBefore(deadline)) {
				return head;
			}
			if (publisher.publishIfDue().isEmpty()) {
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return Optional.empty();
				}
			}
		}
	}
}
