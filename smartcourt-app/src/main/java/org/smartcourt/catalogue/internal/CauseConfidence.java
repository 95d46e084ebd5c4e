package org.smartcourt.catalogue.internal;

/**
 * How sure the reference file is of a cause's official name and number (the file's {@code confidence} column). The
 * bundled catalogue was compiled without the official text at hand, so the UI marks what is still to be checked.
 */
public enum CauseConfidence {
	/** Name and number believed to be exactly as in the official text. */
	HIGH,
	/** Name believed right; number, and so code, to be checked (shown as 序号待核). */
	MEDIUM,
	/** Name, or whether the cause exists as a separate entry, to be checked (shown as 待核). */
	LOW;

	public String labelKey() {
		return "cause.confidence." + name();
	}
}
