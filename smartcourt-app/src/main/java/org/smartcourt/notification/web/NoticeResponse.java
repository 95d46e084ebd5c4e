package org.smartcourt.notification.web;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.notification.Notice;

/** A notice over the API. */
record NoticeResponse(UUID id, String title, String body, String link, Instant createdAt, Instant readAt,
		boolean unread) {

	static NoticeResponse of(Notice notice) {
		return new NoticeResponse(notice.id(), notice.title(), notice.body(), notice.link(), notice.createdAt(),
				notice.readAt(), notice.isUnread());
	}
}
