package org.smartcourt.ledger.witness;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.note.InvalidSignatureException;
import org.smartcourt.ledger.core.note.NoteSigner;
import org.smartcourt.ledger.core.note.SignerKey;
import org.smartcourt.ledger.core.note.VerifierKey;

/**
 * 见证节点 (witness): cosigns a log's checkpoint only if it is consistent with the latest checkpoint it cosigned for
 * that log, following c2sp.org/tlog-witness {@code add-checkpoint} to the letter, with Ed25519 cosignature/v1
 * (c2sp.org/tlog-cosignature) timestamped by its clock.
 *
 * <p>Checks in the specification's order: malformed body 400; unknown origin 404; no valid signature of a trusted log
 * key (or an invalid one from a trusted key) 403; old size above the checkpoint size 400; old size not the latest
 * cosigned size 409 with that size as {@code text/x.tlog.size}; consistency proof that does not verify, or a
 * non-empty proof from size 0, 422; same size with another root 409. The first checkpoint of a log is trusted on
 * first use from size 0. The new state is stored by compare-and-swap before anything is signed, so of two racing
 * requests from the same old size only one is cosigned and the stored size never goes back.
 *
 * <p>Thread-safe: all state lives in the {@link WitnessState}.
 */
public final class Witness {

	private static final System.Logger LOG = System.getLogger(Witness.class.getName());

	private final NoteSigner cosigner;
	private final Clock clock;
	private final Map<String, WitnessedLog> logs;
	private final WitnessState state;

	/**
	 * @param cosignerKey the witness's private key, of type {@code 0x04} (Ed25519 cosignature/v1)
	 * @param clock the time stamped in cosignatures and records
	 * @param logs the logs this witness cosigns for, with distinct origins
	 * @param state where the latest cosigned checkpoints are kept
	 */
	public Witness(SignerKey cosignerKey, Clock clock, List<WitnessedLog> logs, WitnessState state) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.cosigner = cosignerKey.signer(clock);
		if (!cosigner.verifierKey().isCosignatureKey()) {
			throw new IllegalArgumentException("a witness key has type 0x04 (cosignature/v1), not "
					+ cosigner.verifierKey().algorithm());
		}
		Map<String, WitnessedLog> byOrigin = new LinkedHashMap<>();
		for (WitnessedLog log : logs) {
			if (byOrigin.putIfAbsent(log.origin(), log) != null) {
				throw new IllegalArgumentException("log origin configured twice: " + log.origin());
			}
		}
		this.logs = Map.copyOf(byOrigin);
		this.state = Objects.requireNonNull(state, "state");
	}

	/** The witness's name, as in its cosignature lines. */
	public String name() {
		return cosigner.keyName();
	}

	/** The public key that verifies this witness's cosignatures, for log operators' policy files. */
	public VerifierKey verifierKey() {
		return cosigner.verifierKey();
	}

	/** The logs this witness cosigns for. */
	public List<WitnessedLog> logs() {
		return List.copyOf(logs.values());
	}

	/** {@code POST <submission prefix>/add-checkpoint} with this request body. */
	public AddCheckpointResponse addCheckpoint(byte[] requestBody) {
		AddCheckpointRequest request;
		try {
			request = AddCheckpointRequest.parse(requestBody);
		} catch (MalformedRequestException e) {
			return AddCheckpointResponse.refused(400, e.getMessage());
		}
		String origin = request.checkpoint().origin();
		WitnessedLog log = logs.get(origin);
		if (log == null) {
			return AddCheckpointResponse.refused(404, "unknown log origin");
		}
		Optional<String> unsigned = signatureProblem(request, log);
		if (unsigned.isPresent()) {
			return AddCheckpointResponse.refused(403, unsigned.get());
		}
		try {
			return new Attempt(request, log, requestBody).answer();
		} catch (WitnessStorageException e) {
			LOG.log(System.Logger.Level.ERROR, "witness state unavailable; nothing was cosigned", e);
			return AddCheckpointResponse.refused(500, "witness state unavailable");
		}
	}

	private static Optional<String> signatureProblem(AddCheckpointRequest request, WitnessedLog log) {
		int verified = 0;
		for (VerifierKey key : log.keys()) {
			try {
				verified += request.note().verifiedBy(key.verifier()).size();
			} catch (InvalidSignatureException e) {
				return Optional.of("a signature of a trusted log key does not verify");
			}
		}
		return verified == 0 ? Optional.of("no signature of a trusted log key") : Optional.empty();
	}

	/** The checks that need the log's stored state, and the compare-and-swap that ends them. */
	private final class Attempt {

		private final AddCheckpointRequest request;
		private final WitnessedLog log;
		private final byte[] body;
		private final long newSize;
		private final byte[] newRoot;

		Attempt(AddCheckpointRequest request, WitnessedLog log, byte[] body) {
			this.request = request;
			this.log = log;
			this.body = body;
			this.newSize = request.checkpoint().size();
			this.newRoot = request.checkpoint().rootHash();
		}

		AddCheckpointResponse answer() {
			long oldSize = request.oldSize();
			if (oldSize > newSize) {
				return reject(400, "old size " + oldSize + " is larger than the checkpoint size " + newSize);
			}
			for (byte[] hash : request.proof()) {
				if (hash.length != log.hasher().size()) {
					return reject(400, "a consistency proof line is not a " + log.hasher().algorithm() + " hash");
				}
			}
			Optional<LogState> stored = state.latest(log.origin());
			LogState latest = stored.orElseGet(() -> new LogState(0, log.hasher().emptyRoot()));
			if (oldSize != latest.size()) {
				return AddCheckpointResponse.staleOldSize(latest.size());
			}
			Optional<AddCheckpointResponse> inconsistent = consistencyProblem(latest);
			if (inconsistent.isPresent()) {
				return inconsistent.get();
			}
			if (!state.compareAndSet(log.origin(), stored, new LogState(newSize, newRoot), clock.instant())) {
				long current = state.latest(log.origin()).map(LogState::size).orElse(0L);
				return AddCheckpointResponse.staleOldSize(current);
			}
			return AddCheckpointResponse.cosigned(cosigner.signText(request.note().text()).line());
		}

		private Optional<AddCheckpointResponse> consistencyProblem(LogState latest) {
			List<byte[]> proof = request.proof();
			if (latest.size() == 0 && !proof.isEmpty()) {
				return Optional.of(reject(422, "the consistency proof from size 0 must be empty"));
			}
			if (latest.size() == newSize) {
				if (!proof.isEmpty()) {
					return Optional.of(reject(422, "the consistency proof between equal sizes must be empty"));
				}
				if (!latest.is(newSize, newRoot)) {
					// Not text/x.tlog.size: the size is right, so a client that retried with it would loop.
					return Optional.of(reject(409, "checkpoint of size " + newSize + " with another root than the one cosigned"));
				}
				return Optional.empty();
			}
			if (latest.size() == 0) {
				return Optional.empty();
			}
			try {
				new ProofVerifier(log.hasher()).verifyConsistency(latest.size(), newSize, latest.root(), newRoot, proof);
				return Optional.empty();
			} catch (InvalidProofException e) {
				return Optional.of(reject(422, "consistency proof from " + latest.size() + " to " + newSize
						+ " does not verify: " + e.getMessage()));
			}
		}

		/** Refuses a request that carries a valid log signature, and keeps it as evidence. */
		private AddCheckpointResponse reject(int status, String reason) {
			try {
				state.recordRejected(log.origin(), status, reason, body, clock.instant());
			} catch (WitnessStorageException e) {
				// The refusal stands without its record: losing evidence must not turn a 4xx into a 5xx.
				LOG.log(System.Logger.Level.ERROR, "could not keep a rejected request of " + log.origin(), e);
			}
			return AddCheckpointResponse.refused(status, reason);
		}
	}
}
