package org.smartcourt.ledger.witness;

/** An add-checkpoint body that does not follow the format of c2sp.org/tlog-witness: answered with 400. */
final class MalformedRequestException extends Exception {

	MalformedRequestException(String message) {
		super(message);
	}
}
