package org.smartcourt.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.notification.NotificationOutbox;
import org.smartcourt.notification.OutboxEntry;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** {@link NotificationOutbox} on the delivery table; 重新发送 is audited and wakes the sender after commit. */
@Service
class JdbcNotificationOutbox implements NotificationOutbox {

	private static final Set<String> STATUSES = Set.of("QUEUED", "SENT", "FAILED", "DEAD");

	private final OutboxRepository outbox;
	private final SenderNode sender;
	private final AuditTrail audit;
	private final Clock clock;

	JdbcNotificationOutbox(OutboxRepository outbox, SenderNode sender, AuditTrail audit, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OutboxEntry> entries(List<String> statuses, int limit) {
		List<String> wanted = statuses == null || statuses.isEmpty() ? PENDING
				: statuses.stream().filter(STATUSES::contains).toList();
		return wanted.isEmpty() ? List.of() : outbox.entries(wanted, Math.max(1, Math.min(limit, 500)));
	}

	@Override
	@Transactional
	public void requeue(Actor admin, UUID deliveryId) {
		if (!admin.is(Role.IT_ADMIN)) {
			audit.denied("notification.outbox.requeue", "notification-delivery", String.valueOf(deliveryId));
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		if (outbox.statusOf(deliveryId).isEmpty()) {
			throw DomainException.notFound("notification-outbox-not-found",
					"problem.notification-outbox-not-found.detail");
		}
		if (!outbox.requeue(deliveryId, clock.instant())) {
			throw DomainException.conflict("notification-outbox-not-requeueable",
					"problem.notification-outbox-not-requeueable.detail");
		}
		audit.success("notification.outbox.requeue", "notification-delivery", deliveryId.toString());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				sender.nudge();
			}
		});
	}
}
