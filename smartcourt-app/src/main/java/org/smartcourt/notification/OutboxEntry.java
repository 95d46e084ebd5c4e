package org.smartcourt.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One delivery in the outbox (发件队列) as the IT admin sees it: a message on one channel.
 *
 * @param status {@code QUEUED}, {@code SENT}, {@code FAILED} (will retry) or {@code DEAD} (given up).
 * @param address the masked address (手机 138****0001, e-mail, robot name, user).
 */
public record OutboxEntry(UUID deliveryId, MessageId message, String deliveryKey, String template, Channel channel,
		String status, int attempts, Instant queuedAt, Instant nextAttemptAt, String lastError, String address,
		String title) {
}
