package org.smartcourt.notification;

import java.util.List;
import java.util.UUID;

import org.smartcourt.shared.Actor;

/** The outbox (发件队列) for the IT admin: what waits, retries or was given up, and 重新发送 for the latter. */
public interface NotificationOutbox {

	/** Statuses shown by default: everything not yet sent. */
	List<String> PENDING = List.of("QUEUED", "FAILED", "DEAD");

	/** The newest deliveries in these statuses, at most {@code limit} (1 to 500). */
	List<OutboxEntry> entries(List<String> statuses, int limit);

	/**
	 * Queues a failed or dead delivery again, now, with a fresh attempt count (IT admin only; audited).
	 *
	 * @throws org.smartcourt.shared.DomainException {@code NOT_FOUND}, or {@code CONFLICT} when it was sent or is
	 *         queued already.
	 */
	void requeue(Actor admin, UUID deliveryId);
}
