package org.smartcourt.notification;

import java.util.List;
import java.util.UUID;

import org.smartcourt.shared.UserId;

/**
 * Reading one's own inbox (站内消息). A notice is visible only to the person it was delivered to: asked for by anyone
 * else, it does not exist ({@code NOT_FOUND}), so its id reveals nothing.
 */
public interface Notices {

	/** The maximum of {@link #latest}. */
	int MAX_LIMIT = 200;

	/** The reader's newest notices first, at most {@code limit} (1 to {@value #MAX_LIMIT}). */
	List<Notice> latest(UserId reader, int limit);

	long unreadCount(UserId reader);

	/** @throws org.smartcourt.shared.DomainException {@code NOT_FOUND} unless the notice was delivered to the reader. */
	Notice get(UserId reader, UUID noticeId);

	/**
	 * Marks one notice read (again marking it keeps the first time).
	 *
	 * @throws org.smartcourt.shared.DomainException {@code NOT_FOUND} unless the notice was delivered to the reader.
	 */
	void markRead(UserId reader, UUID noticeId);

	/** Marks all the reader's unread notices read; returns how many there were. */
	int markAllRead(UserId reader);
}
