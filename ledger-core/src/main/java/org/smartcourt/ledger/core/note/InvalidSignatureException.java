package org.smartcourt.ledger.core.note;

/** A signature from a known key that does not verify: the note must be rejected (c2sp.org/signed-note). */
public class InvalidSignatureException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidSignatureException(String message) {
		super(message);
	}
}
