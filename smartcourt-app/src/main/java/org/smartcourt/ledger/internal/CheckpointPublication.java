package org.smartcourt.ledger.internal;

import java.util.List;
import java.util.Optional;

import org.smartcourt.ledger.core.note.Policy;
import org.smartcourt.ledger.core.note.VerifierKey;
import org.springframework.stereotype.Service;

/** Read access to what the log has published: head, history, keys and policy. */
@Service
public class CheckpointPublication {

	private final CheckpointRepository checkpoints;
	private final LogKeys keys;
	private final WitnessRoster roster;

	private final TsaSetup tsa;

	CheckpointPublication(CheckpointRepository checkpoints, LogKeys keys, WitnessRoster roster, TsaSetup tsa) {
		this.checkpoints = checkpoints;
		this.keys = keys;
		this.roster = roster;
		this.tsa = tsa;
	}

	/** The RFC 3161 token (DER) of the checkpoint of this size, if it has one. */
	public Optional<byte[]> timestampToken(long size) {
		return checkpoints.timestampToken(size);
	}

	/** When the checkpoint of this size was time-stamped (the token's genTime). */
	public Optional<java.time.Instant> timestampTime(long size) {
		return checkpoints.timestampTime(size);
	}

	/** The TSA's root certificate in PEM, when one is configured. */
	public Optional<String> tsaRoot() {
		return tsa.rootPem();
	}

	public Optional<PublishedCheckpoint> head() {
		return checkpoints.head();
	}

	public Optional<PublishedCheckpoint> bySize(long size) {
		return checkpoints.bySize(size);
	}

	public List<PublishedCheckpoint> recent(int limit) {
		return checkpoints.recent(limit);
	}

	public List<VerifierKey> verifierKeys() {
		return keys.verifierKeys();
	}

	/** What each witness last did, for operators. */
	public List<WitnessStatus> witnessStatuses() {
		return checkpoints.witnessStatuses();
	}

	/** The witnesses the log asks, with their URLs. */
	public List<CheckpointProperties.WitnessEndpoint> witnesses() {
		return roster.witnesses();
	}

	public Policy policy() {
		return roster.policy();
	}
}
