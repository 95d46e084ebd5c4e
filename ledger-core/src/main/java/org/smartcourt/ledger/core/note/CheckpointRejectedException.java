package org.smartcourt.ledger.core.note;

/** A checkpoint a policy does not accept, with the class of failure. */
public class CheckpointRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why a checkpoint was rejected. */
	public enum Reason {
		/** No log the policy trusts signed it. */
		NO_LOG_SIGNATURE,
		/** A signature from a key the policy knows does not verify. */
		BAD_SIGNATURE,
		/** The verified cosignatures do not satisfy the quorum. */
		QUORUM_NOT_MET
	}

	private final Reason reason;

	public CheckpointRejectedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
