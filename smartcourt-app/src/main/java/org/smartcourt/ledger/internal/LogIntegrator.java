package org.smartcourt.ledger.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.ledger.core.CompactRange;
import org.smartcourt.ledger.core.TreeHasher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sequences and integrates one batch in one transaction (ledger-reference §7.3, after Tessera's PostgreSQL driver):
 * lock the tree state (the global sequencer, safe with several app nodes), resolve duplicates to their existing
 * index (strong dedup, also within the batch), give the new records {@code size + i}, insert them, extend the tiles
 * and entry bundles, store the new size, root (RFC 9162 §2.1.1) and compact range, commit. If anything fails the
 * whole batch rolls back and nothing of it is visible.
 */
@Component
class LogIntegrator {

	/** Test seam: runs inside the batch transaction after tiles and bundles are written, before the state update. */
	interface CrashPoint {
		void beforeStateUpdate();
	}

	private final TreeStateRepository state;
	private final EntryRepository entries;
	private final TileWriter tileWriter;
	private final BundleWriter bundleWriter;
	private final TreeHasher hasher;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private volatile CrashPoint crashPoint = () -> {
	};

	LogIntegrator(TreeStateRepository state, EntryRepository entries, TileWriter tileWriter, BundleWriter bundleWriter,
			TreeHasher hasher, PlatformTransactionManager transactions, Clock clock) {
		this.state = state;
		this.entries = entries;
		this.tileWriter = tileWriter;
		this.bundleWriter = bundleWriter;
		this.hasher = hasher;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	void crashPoint(CrashPoint crashPoint) {
		this.crashPoint = crashPoint;
	}

	/** The index of every record of the batch, in the batch's order. */
	long[] integrate(List<LedgerRecord> batch) {
		return transaction.execute(status -> integrateLocked(batch));
	}

	private long[] integrateLocked(List<LedgerRecord> batch) {
		TreeState tree = state.lock();
		if (!hasher.algorithm().equals(tree.algorithm())) {
			throw new IllegalStateException("the log uses " + tree.algorithm() + ", this node " + hasher.algorithm());
		}
		Map<String, Long> known = new HashMap<>(entries.existing(batch));
		long[] indexes = new long[batch.size()];
		List<NewEntry> fresh = new ArrayList<>();
		long next = tree.size();
		for (int i = 0; i < batch.size(); i++) {
			LedgerRecord record = batch.get(i);
			Long seq = known.get(EntryRepository.key(record));
			if (seq == null) {
				byte[] leaf = record.leaf().encode();
				NewEntry entry = new NewEntry(next++, record, leaf, hasher.hashLeaf(leaf));
				fresh.add(entry);
				known.put(EntryRepository.key(record), entry.seq());
				seq = entry.seq();
			}
			indexes[i] = seq;
		}
		if (fresh.isEmpty()) {
			return indexes;
		}
		if (entries.insert(fresh, clock.instant()) != fresh.size()) {
			throw new IllegalStateException("ledger_entry changed under the sequencer lock");
		}
		List<byte[]> leafHashes = fresh.stream().map(NewEntry::leafHash).toList();
		tileWriter.append(tree.size(), leafHashes);
		bundleWriter.append(tree.size(), fresh.stream().map(NewEntry::leaf).toList());
		CompactRange range = tree.range(hasher);
		leafHashes.forEach(range::append);
		crashPoint.beforeStateUpdate();
		state.advance(range.size(), range.root(), range.hashes());
		return indexes;
	}
}
