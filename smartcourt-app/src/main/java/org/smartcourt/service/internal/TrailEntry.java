package org.smartcourt.service.internal;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.notification.Channel;

/**
 * One step of a service's trail.
 *
 * @param attemptId the channel's attempt, or {@literal null} for a step of the whole service.
 * @param channel that attempt's channel, or {@literal null}.
 */
public record TrailEntry(UUID servingId, UUID attemptId, Channel channel, TrailStep step, Instant at, String detail,
		String actor) {
}
