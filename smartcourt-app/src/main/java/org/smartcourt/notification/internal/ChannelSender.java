package org.smartcourt.notification.internal;

import org.smartcourt.notification.Channel;

/** Sends deliveries on one channel: a development outbox or a real adapter, chosen by configuration. */
interface ChannelSender {

	Channel channel();

	/**
	 * Hands the delivery to the provider, with {@link Outgoing#deliveryId()} as the idempotency key.
	 *
	 * @return the provider's receipt (message id), or {@literal null}.
	 * @throws ChannelFailure when the provider refused it or cannot be reached; its message is the reason.
	 */
	String send(Outgoing outgoing);

	/** A delivery failed; the message (Chinese where possible) goes to the trail and the dead-letter view. */
	class ChannelFailure extends RuntimeException {
		ChannelFailure(String reason) {
			super(reason);
		}

		ChannelFailure(String reason, Throwable cause) {
			super(reason, cause);
		}
	}
}
