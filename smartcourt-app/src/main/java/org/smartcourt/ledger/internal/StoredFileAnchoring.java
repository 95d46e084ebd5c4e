package org.smartcourt.ledger.internal;

import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.storage.FileStored;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Anchors every file new to the file store (reference: its SHA-256). Runs after the storing transaction commits, from
 * the event publication registry, so a failure (or a crash) leaves the publication incomplete and it is retried.
 * <p>
 * Not an {@code @ApplicationModuleListener}: that would open a transaction, and so hold a database connection, for
 * the whole wait on the append batch (up to {@code smartcourt.ledger.batch-max-age}); the ledger writes in its own
 * transaction. The registry tracks any transactional event listener, so completion is still recorded only once the
 * append is durable. Each waiting listener holds a thread of its own pool ({@link AnchoringExecutorConfiguration}).
 */
@Component
class StoredFileAnchoring {

	private final Ledger ledger;

	StoredFileAnchoring(Ledger ledger) {
		this.ledger = ledger;
	}

	@Async(AnchoringExecutorConfiguration.EXECUTOR)
	@TransactionalEventListener
	void on(FileStored file) throws Exception {
		HexFormat hex = HexFormat.of();
		ledger.append(new LedgerRecord(EntryType.STORED_FILE, hex.parseHex(file.sha256()), hex.parseHex(file.sm3()),
				file.sha256()))
			.get(60, TimeUnit.SECONDS);
	}
}
