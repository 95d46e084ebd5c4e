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

	CheckpointPublication(CheckpointRepository checkpoints, LogKeys keys, WitnessRoster roster) {
		this.checkpoints = checkpoints;
		this.keys = keys;
		this.roster = roster;
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

	public Policy policy() {
		return roster.policy();
	}
}
