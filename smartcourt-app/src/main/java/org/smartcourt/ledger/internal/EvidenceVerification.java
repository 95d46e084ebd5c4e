package org.smartcourt.ledger.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcourt.ledger.LedgerEntry;
import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.note.CheckpointRejectedException;
import org.smartcourt.ledger.core.note.Policy;
import org.springframework.stereotype.Service;

/**
 * The checks behind the public verification page (区块链存证核验): which entries anchor content with a given
 * SHA-256, and for each the latest checkpoint that covers it, checked here exactly as an offline verifier would: the
 * log's signature and the witnesses' quorum under the published policy, and the inclusion proof against the
 * checkpoint's root (RFC 9162 §2.1.3.2).
 */
@Service
public class EvidenceVerification {

	/** One entry that anchors the digest. */
	public record Match(LedgerEntry entry, Optional<Covered> checkpoint) {
	}

	/** The checkpoint that covers an entry, and what checking it established. */
	public record Covered(long size, Instant publishedAt, String origin, Map<String, Instant> cosigners,
			Optional<Instant> timestamped, boolean proofVerified, String failureKey) {
	}

	private final LogReader reader;
	private final CheckpointRepository checkpoints;
	private final WitnessRoster roster;

	EvidenceVerification(LogReader reader, CheckpointRepository checkpoints, WitnessRoster roster) {
		this.reader = reader;
		this.checkpoints = checkpoints;
		this.roster = roster;
	}

	/** Every entry anchoring content with this SHA-256, oldest first, each with its covering checkpoint checked. */
	public List<Match> verify(byte[] sha256) {
		List<Match> matches = new ArrayList<>();
		Optional<PublishedCheckpoint> head = checkpoints.head();
		for (LedgerEntry entry : reader.entriesBySha256(sha256)) {
			long index = entry.index().value();
			matches.add(new Match(entry, head.filter(h -> h.size() > index).map(h -> check(entry, h))));
		}
		return matches;
	}

	private Covered check(LedgerEntry entry, PublishedCheckpoint head) {
		Optional<Instant> stamped = checkpoints.timestampTime(head.size());
		try {
			Policy.Verified verified = roster.policy().verify(head.note());
			new ProofVerifier(reader.hasher()).verifyInclusion(entry.index().value(), head.size(), entry.leafHash(),
					reader.inclusion(entry.index().value(), head.size()), verified.checkpoint().rootHash());
			return new Covered(head.size(), head.publishedAt(), verified.checkpoint().origin(), verified.cosigners(),
					stamped, true, null);
		}
		catch (CheckpointRejectedException e) {
			return new Covered(head.size(), head.publishedAt(), "", Map.of(), stamped, false,
					"ledger.verify.failure." + e.reason().name().toLowerCase().replace('_', '-'));
		}
		catch (InvalidProofException e) {
			return new Covered(head.size(), head.publishedAt(), "", Map.of(), stamped, false,
					"ledger.verify.failure.inclusion");
		}
	}
}
