package org.smartcourt.notification;

import java.time.Instant;

/** The recipient opened an in-app message for the first time: the system's 已阅知 record (在线诉讼规则 art. 31). */
public record MessageRead(MessageId message, String deliveryKey, Instant at) {
}
