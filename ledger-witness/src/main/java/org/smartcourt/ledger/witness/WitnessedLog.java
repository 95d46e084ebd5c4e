package org.smartcourt.ledger.witness;

import java.util.List;
import java.util.Objects;

import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.VerifierKey;

/**
 * A log this witness cosigns for (被见证的日志): its origin line, the public keys whose signatures it trusts on that
 * log's checkpoints, and the log's Merkle hash (SHA-256 as in RFC 6962, or SM3).
 *
 * @param origin the checkpoint origin line, e.g. {@code ledger.jlcourt.gov.cn/evidence/2026}
 * @param keys the log's signature keys (Ed25519 {@code 0x01} or SM2); any one valid signature suffices
 * @param hasher the log's tree hash
 */
public record WitnessedLog(String origin, List<VerifierKey> keys, TreeHasher hasher) {

	public WitnessedLog {
		if (origin == null || origin.isEmpty() || origin.indexOf('\n') >= 0) {
			throw new IllegalArgumentException("a log needs a one-line origin");
		}
		keys = List.copyOf(keys);
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("log " + origin + " needs at least one key");
		}
		for (VerifierKey key : keys) {
			if (key.isCosignatureKey()) {
				throw new IllegalArgumentException("log " + origin + ": " + key.name() + " is a witness key, not a log key");
			}
		}
		Objects.requireNonNull(hasher, "hasher");
	}

	/** A SHA-256 log whose origin is its key's name, as tlog-checkpoint recommends. */
	public static WitnessedLog of(VerifierKey key) {
		return new WitnessedLog(key.name(), List.of(key), TreeHasher.sha256());
	}
}
