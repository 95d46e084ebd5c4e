package org.smartcourt.ledger.core.note;

/** A note, key, checkpoint, policy or proof that does not follow its C2SP format. */
public class InvalidNoteException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public InvalidNoteException(String message) {
		super(message);
	}

	public InvalidNoteException(String message, Throwable cause) {
		super(message, cause);
	}
}
