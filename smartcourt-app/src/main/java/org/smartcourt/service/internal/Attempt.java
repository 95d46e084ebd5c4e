package org.smartcourt.service.internal;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.notification.Channel;

/**
 * One channel of an electronic service: one notification message with delivery key {@code service:<id>}.
 *
 * @param address where it went (account, mobile or e-mail), or {@literal null} when the account's own was used.
 * @param addressConfirmed the address is one the recipient provided or confirmed.
 * @param token the secret of the link {@code /s/<token>} carried by SMS and e-mail.
 */
public record Attempt(UUID id, UUID servingId, Channel channel, String address, boolean addressConfirmed, String token,
		UUID messageId, Instant queuedAt, Instant sentAt, Instant openedAt, Instant failedAt, String failureReason) {

	public static final String KEY_PREFIX = "service:";

	public String deliveryKey() {
		return KEY_PREFIX + id;
	}

	public AttemptFacts facts() {
		return new AttemptFacts(channel, addressConfirmed, sentAt, openedAt);
	}

	public boolean failed() {
		return failedAt != null && sentAt == null;
	}
}
