package org.smartcourt.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One in-app message (站内消息) as its reader sees it.
 *
 * @param link an application path to follow, or {@literal null}.
 * @param readAt when the reader marked it read (已读), or {@literal null} while it is unread (未读).
 */
public record Notice(UUID id, String title, String body, String link, Instant createdAt, Instant readAt) {

	public boolean isUnread() {
		return readAt == null;
	}
}
