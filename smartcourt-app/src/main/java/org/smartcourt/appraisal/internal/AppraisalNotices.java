package org.smartcourt.appraisal.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.springframework.stereotype.Component;

/** Queues the appraisal notices (templates {@code appraisal.*}) to people known by username; unknown names are skipped. */
@Component
class AppraisalNotices {

	private final Notifications notifications;
	private final AccountDirectory accounts;

	AppraisalNotices(Notifications notifications, AccountDirectory accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	void send(String key, Set<String> usernames, String template, String link, Map<String, String> values) {
		for (String username : usernames) {
			if (username == null) {
				continue;
			}
			accounts.idOf(username).ifPresent(user -> notifications.send(new Message("appraisal:" + key + ":" + username,
					Recipient.user(user), template, new HashMap<>(values), link, Set.of())));
		}
	}
}
