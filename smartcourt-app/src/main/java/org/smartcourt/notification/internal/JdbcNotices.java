package org.smartcourt.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.MessageRead;
import org.smartcourt.notification.Notice;
import org.smartcourt.notification.Notices;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Notices} from the {@code notice} table; marking read is audited, and so is a try at someone else's notice;
 * the first reading of an outbox message publishes {@link MessageRead} (已阅知). */
@Service
class JdbcNotices implements Notices {

	private final NoticeRepository notices;
	private final OutboxRepository outbox;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	JdbcNotices(NoticeRepository notices, OutboxRepository outbox, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.notices = notices;
		this.outbox = outbox;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Notice> latest(UserId reader, int limit) {
		return notices.latest(reader, Math.max(1, Math.min(limit, MAX_LIMIT)));
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount(UserId reader) {
		return notices.unreadCount(reader);
	}

	@Override
	@Transactional(readOnly = true)
	public Notice get(UserId reader, UUID noticeId) {
		return load(reader, noticeId, "notification.notice.view");
	}

	@Override
	@Transactional
	public void markRead(UserId reader, UUID noticeId) {
		load(reader, noticeId, "notification.notice.mark-read");
		Instant at = clock.instant();
		if (notices.markRead(reader, noticeId, at)) {
			audit.success("notification.notice.mark-read", "notice", noticeId.toString());
			notices.deliveryOf(noticeId).ifPresent(delivery -> publishRead(delivery, at));
		}
	}

	@Override
	@Transactional
	public int markAllRead(UserId reader) {
		Instant at = clock.instant();
		List<Optional<UUID>> marked = notices.markAllRead(reader, at);
		if (!marked.isEmpty()) {
			audit.success("notification.notice.mark-all-read", "notice", null);
		}
		marked.forEach(delivery -> delivery.ifPresent(d -> publishRead(d, at)));
		return marked.size();
	}

	/** The first opening of an outbox message is its 已阅知 record. */
	private void publishRead(UUID delivery, Instant at) {
		outbox.messageOfDelivery(delivery)
			.ifPresent(m -> events.publishEvent(new MessageRead(new MessageId(m.id()), m.deliveryKey(), at)));
	}

	private Notice load(UserId reader, UUID noticeId, String action) {
		return notices.find(reader, noticeId).orElseThrow(() -> {
			if (notices.exists(noticeId)) {
				audit.denied(action, "notice", noticeId.toString());
			}
			return DomainException.notFound("notice-not-found", "problem.notice-not-found.detail");
		});
	}
}
