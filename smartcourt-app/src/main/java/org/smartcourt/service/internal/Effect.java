package org.smartcourt.service.internal;

import java.time.LocalDate;

import org.smartcourt.notification.Channel;

/**
 * The day a service counts from and the rule that gave it.
 *
 * @param channel for 电子送达, the channel whose service counted (the earliest effective one), or {@literal null}
 *        when it was the recipient's 收悉 or another method.
 */
public record Effect(LocalDate on, EffectiveBasis basis, Channel channel) {
}
