package org.smartcourt.notification.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.notification.Notice;
import org.smartcourt.notification.Notices;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Notices} from the {@code notice} table; marking read is audited, and so is a try at someone else's notice. */
@Service
class JdbcNotices implements Notices {

	private final NoticeRepository notices;
	private final AuditTrail audit;
	private final Clock clock;

	JdbcNotices(NoticeRepository notices, AuditTrail audit, Clock clock) {
		this.notices = notices;
		this.audit = audit;
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
		if (notices.markRead(reader, noticeId, clock.instant())) {
			audit.success("notification.notice.mark-read", "notice", noticeId.toString());
		}
	}

	@Override
	@Transactional
	public int markAllRead(UserId reader) {
		int marked = notices.markAllRead(reader, clock.instant());
		if (marked > 0) {
			audit.success("notification.notice.mark-all-read", "notice", null);
		}
		return marked;
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
