package org.smartcourt.ledger.witness;

/** The witness's database failed; the request is answered 500 and nothing is signed. */
public final class WitnessStorageException extends RuntimeException {

	public WitnessStorageException(String message, Throwable cause) {
		super(message, cause);
	}
}
