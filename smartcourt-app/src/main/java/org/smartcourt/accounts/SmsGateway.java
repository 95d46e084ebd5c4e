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
