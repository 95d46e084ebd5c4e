package org.smartcourt.ledger.internal;

import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.Ledger;
import org.smartcourt.ledger.LedgerRecord;
import org.smartcourt.storage.FileStored;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Anchors every file new to the file store (reference: its SHA-256). Runs after the storing transaction commits, from
 * the event publication registry, so a failure (or a crash) leaves the publication incomplete and it is retried.
 */
@Component
class StoredFileAnchoring {

	private final Ledger ledger;

	StoredFileAnchoring(Ledger ledger) {
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(FileStored file) throws Exception {
		HexFormat hex = HexFormat.of();
		ledger.append(new LedgerRecord(EntryType.STORED_FILE, hex.parseHex(file.sha256()), hex.parseHex(file.sm3()),
				file.sha256()))
			.get(60, TimeUnit.SECONDS);
	}
}
