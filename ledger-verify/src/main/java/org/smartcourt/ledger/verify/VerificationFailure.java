package org.smartcourt.ledger.verify;

/** A check that failed: the exit code of its class, which check, and why, for the report. */
final class VerificationFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final ExitCode exitCode;
	private final String check;

	VerificationFailure(ExitCode exitCode, String check, String message) {
		super(message);
		this.exitCode = exitCode;
		this.check = check;
	}

	ExitCode exitCode() {
		return exitCode;
	}

	/** The id of the failed check, as in the report's check list. */
	String check() {
		return check;
	}
}
