package org.smartcourt.ledger;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The evidence ledger's log (区块链存证). Appends are batched (ledger-reference §7.3): the returned future completes
 * once the batch holding the record is committed, with the record's index, or with the index it already had (strong
 * dedup on type and SHA-256).
 */
public interface Ledger {

	/**
	 * Queues a record for the next batch. Never blocks: when too many appends are outstanding it fails at once.
	 *
	 * @throws org.smartcourt.shared.DomainException {@code UNAVAILABLE} ({@code ledger-busy}) when the queue is full,
	 *         or ({@code ledger-unavailable}) when the stored tree failed its start-up check.
	 */
	CompletableFuture<LedgerIndex> append(LedgerRecord record);

	/** The entry at this index, if the log has that many entries. */
	Optional<LedgerEntry> find(LedgerIndex index);

	/** The entry anchoring content of this type with this SHA-256, if any. */
	Optional<LedgerEntry> findByDigest(EntryType type, byte[] sha256);

	/** Where a business record (by its type and reference, e.g. {@code audit:12345}) is anchored, if it is yet. */
	Optional<LedgerIndex> indexOf(EntryType type, String reference);

	/** The number of entries integrated into the tree. */
	long size();
}
