package org.smartcourt.notification;

import java.time.Instant;

/**
 * A channel accepted a message: the system's 发送成功 record (民诉解释 art. 135). For {@link Channel#IN_APP} the
 * message is in the inbox; for SMS, e-mail and DingTalk the provider accepted it.
 *
 * @param receipt the provider's reference for the message, or {@literal null}.
 */
public record MessageDelivered(MessageId message, String deliveryKey, Channel channel, Instant at, String receipt) {
}
