package org.smartcourt.ledger.witness;

import java.time.Instant;
import java.util.Optional;

/**
 * The witness's durable memory (见证状态): per log origin the latest cosigned size and root, and the rejected requests
 * kept as evidence. Implementations must be safe for concurrent use and durable when a method returns.
 */
public interface WitnessState {

	/** The latest cosigned state of a log; empty if this witness never cosigned for that origin. */
	Optional<LogState> latest(String origin);

	/**
	 * Atomically replaces the state of {@code origin} by {@code next} if it is still {@code expected} (empty: no state
	 * yet). Returns whether it did; {@code false} means another request got there first. Durable when it returns true.
	 */
	boolean compareAndSet(String origin, Optional<LogState> expected, LogState next, Instant at);

	/** Keeps a request the witness refused though the log had signed it: possible evidence of log misbehaviour. */
	void recordRejected(String origin, int status, String reason, byte[] body, Instant at);
}
