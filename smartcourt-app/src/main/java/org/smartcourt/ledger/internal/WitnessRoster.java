package org.smartcourt.ledger.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.smartcourt.ledger.core.note.Policy;
import org.smartcourt.ledger.core.note.VerifierKey;

/**
 * The witnesses the log asks for cosignatures, and the tlog-policy (c2sp.org/tlog-policy) that follows from them and
 * the log's keys: any of the log's keys, and the configured quorum of the witnesses. The same policy is published at
 * {@code /ledger/policy}, so that a verifier applies exactly what the log applies before publishing.
 */
final class WitnessRoster {

	private final LogKeys keys;
	private final String quorum;
	private final List<CheckpointProperties.WitnessEndpoint> witnesses = new CopyOnWriteArrayList<>();
	private volatile Policy policy;

	WitnessRoster(LogKeys keys, String quorum, List<CheckpointProperties.WitnessEndpoint> configured) {
		this.keys = keys;
		this.quorum = quorum.strip().toLowerCase();
		configured.forEach(this::add);
		this.policy = build();
	}

	/** Adds a witness (demo mode adds its local ones once they listen). */
	synchronized void add(CheckpointProperties.WitnessEndpoint witness) {
		VerifierKey key = VerifierKey.parse(witness.vkey());
		if (!key.isCosignatureKey()) {
			throw new IllegalStateException("witness " + witness.name() + " needs a cosignature/v1 key (type 0x04)");
		}
		witnesses.add(witness);
		policy = keys == null ? null : build();
	}

	List<CheckpointProperties.WitnessEndpoint> witnesses() {
		return List.copyOf(witnesses);
	}

	Policy policy() {
		return policy;
	}

	private Policy build() {
		StringBuilder text = new StringBuilder("# SmartCourt 证据链 (evidence ledger) trust policy, c2sp.org/tlog-policy\n");
		keys.verifierKeys().forEach(k -> text.append("log ").append(k).append('\n'));
		for (CheckpointProperties.WitnessEndpoint w : witnesses) {
			text.append("witness ").append(w.name()).append(' ').append(w.vkey()).append(' ').append(w.url()).append('\n');
		}
		if (witnesses.isEmpty() || quorum.equals("none")) {
			text.append("quorum none\n");
		}
		else {
			String k = switch (quorum) {
				case "all", "any" -> quorum;
				default -> String.valueOf(Math.min(Integer.parseInt(quorum), witnesses.size()));
			};
			text.append("group witnesses ").append(k);
			witnesses.forEach(w -> text.append(' ').append(w.name()));
			text.append("\nquorum witnesses\n");
		}
		return Policy.parse(text.toString());
	}
}
