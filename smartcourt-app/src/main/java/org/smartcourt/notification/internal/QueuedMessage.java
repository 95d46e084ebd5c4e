package org.smartcourt.notification.internal;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.notification.Category;

/** A row of {@code notification_message}: the rendered message and the addresses it was queued for. */
record QueuedMessage(UUID id, String deliveryKey, String template, int templateVersion, Category category,
		UUID userId, String mobile, String email, String robot, String dingtalkUserId, String title, String sms,
		String body, String link, Instant createdAt) {
}
