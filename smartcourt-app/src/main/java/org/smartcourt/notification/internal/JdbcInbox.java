package org.smartcourt.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.smartcourt.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Inbox} into the {@code notice} table. The caller's transaction decides: a change that rolls back delivers
 * nothing. A malformed message is the calling module's bug, so it fails loudly rather than as a user error.
 */
@Service
class JdbcInbox implements Inbox {

	static final int MAX_TITLE = 100;
	static final int MAX_BODY = 2000;
	static final int MAX_LINK = 500;

	private final NoticeRepository notices;
	private final Clock clock;

	JdbcInbox(NoticeRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void deliver(UserId to, String title, String body, String link) {
		if (to == null) {
			throw new IllegalArgumentException("a notice needs a recipient");
		}
		require(title != null && !title.isBlank() && title.length() <= MAX_TITLE, "title of 1 to 100 characters");
		require(body != null && !body.isBlank() && body.length() <= MAX_BODY, "body of 1 to 2000 characters");
		require(link == null || isApplicationPath(link), "link that is an application path: " + link);
		notices.insert(UUID.randomUUID(), to, title.strip(), body.strip(), link, clock.instant());
	}

	/**
	 * The page renders the link as an {@code href}: only a path on this server may go there, never a
	 * {@code javascript:} URL or a protocol-relative {@code //other.host} that would send the reader elsewhere.
	 */
	static boolean isApplicationPath(String link) {
		return link.length() <= MAX_LINK && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
				&& link.chars().noneMatch(c -> c <= ' ' || c == 0x7F);
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalArgumentException("a notice needs a " + what);
		}
	}
}
