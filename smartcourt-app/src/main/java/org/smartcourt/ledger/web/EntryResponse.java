package org.smartcourt.ledger.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.smartcourt.ledger.LedgerEntry;

/**
 * A ledger entry: its index, type, digests (hex), opaque reference, when the log received it, its leaf hash (base64)
 * and the canonical leaf text (digests and reference only, no personal data).
 */
record EntryResponse(long index, String type, String sha256, String sm3, String reference, Instant receivedAt,
		String leafHash, String leaf) {

	static EntryResponse of(LedgerEntry entry) {
		return new EntryResponse(entry.index().value(), entry.record().type().wireName(), entry.record().sha256Hex(),
				java.util.HexFormat.of().formatHex(entry.record().sm3()), entry.record().reference(),
				entry.receivedAt(), Base64.getEncoder().encodeToString(entry.leafHash()),
				new String(entry.leaf(), StandardCharsets.UTF_8));
	}
}
