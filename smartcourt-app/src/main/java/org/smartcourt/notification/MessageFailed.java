package org.smartcourt.notification;

import java.time.Instant;

/**
 * A channel could not deliver a message.
 *
 * @param reason why, in Chinese, for the trail.
 * @param deadLettered whether the sender gave up (no more retries); otherwise it will try again.
 */
public record MessageFailed(MessageId message, String deliveryKey, Channel channel, Instant at, String reason,
		boolean deadLettered) {
}
