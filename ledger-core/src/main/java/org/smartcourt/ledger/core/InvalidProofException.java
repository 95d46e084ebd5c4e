package org.smartcourt.ledger.core;

/**
 * A Merkle inclusion or consistency proof did not verify (RFC 9162 §2.1.3.2, §2.1.4.2). The
 * message says why (wrong length, index out of range, root mismatch), for reports; callers must
 * treat every instance the same way: the claim is not proven.
 */
public class InvalidProofException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidProofException(String message) {
		super(message);
	}
}
