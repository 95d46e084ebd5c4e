package org.smartcourt.service.internal;

import java.time.Instant;

import org.smartcourt.notification.Channel;

/**
 * What the trail of one channel of an electronic service shows, for the effective-date rule.
 *
 * @param addressConfirmed the address was provided or confirmed by the recipient (送达地址确认书), as opposed to one
 *        only shown to be theirs.
 * @param sentAt the system's 发送成功 record, or {@literal null}.
 * @param openedAt the system's 已阅知 record, or {@literal null}.
 */
public record AttemptFacts(Channel channel, boolean addressConfirmed, Instant sentAt, Instant openedAt) {
}
