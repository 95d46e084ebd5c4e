package org.smartcourt.ledger.internal;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerEntry;
import org.smartcourt.ledger.LedgerIndex;
import org.smartcourt.ledger.LedgerRecord;
import org.springframework.stereotype.Service;

/** {@link Ledger} on PostgreSQL: appends through the {@link BatchAppender}, reads from {@code ledger_entry}. */
@Service
class JdbcLedger implements Ledger {

	private final BatchAppender appender;
	private final EntryRepository entries;
	private final TreeStateRepository state;

	JdbcLedger(BatchAppender appender, EntryRepository entries, TreeStateRepository state) {
		this.appender = appender;
		this.entries = entries;
		this.state = state;
	}

	@Override
	public CompletableFuture<LedgerIndex> append(LedgerRecord record) {
		return appender.append(record);
	}

	@Override
	public Optional<LedgerEntry> find(LedgerIndex index) {
		return entries.find(index.value());
	}

	@Override
	public Optional<LedgerEntry> findByDigest(EntryType type, byte[] sha256) {
		return entries.findByDigest(type, sha256);
	}

	@Override
	public Optional<LedgerIndex> indexOf(EntryType type, String reference) {
		return entries.indexOf(type, reference);
	}

	@Override
	public long size() {
		return state.read().size();
	}
}
