package org.smartcourt.notification.internal;

import org.smartcourt.shared.UserId;

/**
 * The in-app store (站内消息) under {@link org.smartcourt.notification.Notifications}: the outbox writes a message's
 * in-app delivery here in the caller's transaction. Internal, so that no module reaches people around the outbox,
 * its templates and preferences.
 */
public interface Inbox {

	/**
	 * @param title short Chinese headline, at most 100 characters.
	 * @param body the message, at most 2000 characters.
	 * @param link an application path the reader can follow (e.g. {@code /filings/…}), or {@literal null}.
	 */
	void deliver(UserId to, String title, String body, String link);
}
