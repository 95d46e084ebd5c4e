package org.smartcourt.accounts.internal;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.SmsGateway;

/**
 * Development {@link SmsGateway}: nothing leaves the server; each message is kept in the {@link SmsOutbox} within
 * the caller's transaction, so a rolled-back command leaves no message behind.
 */
class OutboxSmsGateway implements SmsGateway {

	private final SmsOutbox outbox;

	OutboxSmsGateway(SmsOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void send(MobileNumber to, String text) {
		outbox.keep(to, text);
	}
}
