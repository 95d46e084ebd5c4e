package org.smartcourt.accounts;

/**
 * Sends a text message (短信) to a mainland mobile number. Which implementation runs is chosen by
 * {@code smartcourt.sms.gateway}: {@code outbox} (default, development: messages are kept in a table and shown at
 * {@code /dev/sms-outbox} in demo mode) or {@code http} (the operator's SMS platform).
 */
public interface SmsGateway {

	/**
	 * Hands the message to the gateway.
	 *
	 * @throws SmsDeliveryException when the gateway refuses the message or cannot be reached.
	 */
	void send(MobileNumber to, String text);

	/**
	 * As {@link #send(MobileNumber, String)}, with the caller's reference for the message (its idempotency key, at
	 * most 64 characters), passed on to the platform where it takes one so that a resend is recognised there.
	 */
	default void send(MobileNumber to, String text, String reference) {
		send(to, text);
	}

	/** The gateway did not accept a message. */
	class SmsDeliveryException extends RuntimeException {
		public SmsDeliveryException(String message) {
			super(message);
		}

		public SmsDeliveryException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
