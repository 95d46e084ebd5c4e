package org.smartcourt.notification;

import org.smartcourt.shared.UserId;

/** Delivers in-app messages (站内消息). Call it inside the transaction of the change it reports. */
public interface Inbox {

	/**
	 * @param title short Chinese headline, at most 100 characters.
	 * @param body the message, at most 2000 characters.
	 * @param link an application path the reader can follow (e.g. {@code /filings/…}), or {@literal null}.
	 */
	void deliver(UserId to, String title, String body, String link);
}
