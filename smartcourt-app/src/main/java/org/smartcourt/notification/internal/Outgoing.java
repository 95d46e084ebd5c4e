package org.smartcourt.notification.internal;

import java.util.UUID;

import org.smartcourt.notification.Channel;

/**
 * One delivery as a channel sends it: the rendered message and the address for that channel.
 *
 * @param deliveryId the idempotency key every channel passes on (SMS request id, e-mail Message-ID, DingTalk msg
 *        uuid), so that a resend after a crash is recognisable by the provider.
 * @param link the absolute URL of the message's link, or {@literal null}.
 */
record Outgoing(UUID deliveryId, Channel channel, String template, String mobile, String email, String robot,
		String dingtalkUserId, String title, String sms, String body, String link) {
}
