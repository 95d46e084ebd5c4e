package org.smartcourt.ledger;

import java.time.Instant;

/**
 * An entry of the ledger as read back: its index, what it anchors, its leaf hash ({@code HASH(0x00 || leaf)},
 * RFC 9162 §2.1.1, with the log's hash algorithm) and when the log received it.
 */
public record LedgerEntry(LedgerIndex index, LedgerRecord record, byte[] leafHash, Instant receivedAt) {

	public LedgerEntry {
		leafHash = leafHash.clone();
	}

	@Override
	public byte[] leafHash() {
		return leafHash.clone();
	}

	/** The canonical leaf bytes (what the entry bundle holds). */
	public byte[] leaf() {
		return record.leaf().encode();
	}
}
