package org.smartcourt.notification.internal;

import java.time.Clock;
import java.time.Instant;

import org.smartcourt.notification.MessageDelivered;
import org.smartcourt.notification.MessageFailed;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.internal.OutboxRepository.Claimed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what became of one claimed delivery, each in its own short transaction, and publishes
 * {@link MessageDelivered} or {@link MessageFailed} from inside it (so the event publication registry keeps the
 * event with the outcome). Only the lease holder records: a sender whose lease expired records nothing.
 */
class Outcomes {

	private final OutboxRepository outbox;
	private final TransactionTemplate tx;
	private final ApplicationEventPublisher events;
	private final Backoff backoff;
	private final Clock clock;

	Outcomes(OutboxRepository outbox, TransactionTemplate tx, ApplicationEventPublisher events, Backoff backoff,
			Clock clock) {
		this.outbox = outbox;
		this.tx = tx;
		this.events = events;
		this.backoff = backoff;
		this.clock = clock;
	}

	void sent(Claimed c, String owner, String receipt) {
		tx.executeWithoutResult(status -> {
			Instant now = clock.instant();
			if (outbox.markSent(c.deliveryId(), owner, receipt, now)) {
				events.publishEvent(new MessageDelivered(new MessageId(c.message().id()), c.message().deliveryKey(),
						c.channel(), now, receipt));
			}
		});
	}

	void failed(Claimed c, String owner, String reason) {
		failed(c, owner, reason, false);
	}

	/** @param permanent whether retrying cannot help (no address): then it is dead-lettered at once. */
	void failed(Claimed c, String owner, String reason, boolean permanent) {
		tx.executeWithoutResult(status -> {
			Instant now = clock.instant();
			boolean dead = permanent || backoff.exhausted(c.attempts());
			String error = reason.length() > 500 ? reason.substring(0, 499) + "…" : reason;
			if (outbox.markFailed(c.deliveryId(), owner, dead ? "DEAD" : "FAILED", error,
					dead ? now : backoff.nextAttempt(now, c.attempts()))) {
				events.publishEvent(new MessageFailed(new MessageId(c.message().id()), c.message().deliveryKey(),
						c.channel(), now, error, dead));
			}
		});
	}
}
