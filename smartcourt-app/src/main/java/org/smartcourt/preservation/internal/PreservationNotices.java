package org.smartcourt.preservation.internal;

import java.util.Map;
import java.util.Set;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.springframework.stereotype.Component;

/** Sends the preservation templates ({@code reference/notification/templates/preservation.*.txt}) to accounts. */
@Component
class PreservationNotices {

	private final Notifications notifications;
	private final AccountDirectory accounts;

	PreservationNotices(Notifications notifications, AccountDirectory accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	/** Queues the message in the caller's transaction when {@code username} has an account; the key makes it once. */
	void send(String key, String username, String template, Map<String, String> values, String link) {
		if (username == null) {
			return;
		}
		accounts.idOf(username)
			.ifPresent(user -> notifications.send(new Message(key + ":" + username, Recipient.user(user), template, values,
					link, Set.of(Channel.IN_APP, Channel.SMS))));
	}
}
