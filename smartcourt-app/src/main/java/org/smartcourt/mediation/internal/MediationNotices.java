package org.smartcourt.mediation.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.springframework.stereotype.Component;

/** Tells mediators and parties through the notification service, in the command's transaction. */
@Component
class MediationNotices {

	private final Notifications notifications;
	private final AccountDirectory accounts;
	private final Clock clock;

	MediationNotices(Notifications notifications, AccountDirectory accounts, Clock clock) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.clock = clock;
	}

	void toMediator(MediationDetail m, String mediatorUsername, String template, Map<String, String> values) {
		send(m, mediatorUsername, template, values, "/mediation/" + m.id());
	}

	void toParties(MediationDetail m, String template, Map<String, String> values) {
		m.parties().forEach(p -> send(m, p.username(), template, values, "/my/mediation/" + m.id()));
	}

	private void send(MediationDetail m, String username, String template, Map<String, String> values, String link) {
		if (username == null) {
			return;
		}
		accounts.idOf(username).ifPresent(user -> {
			Map<String, String> all = new HashMap<>(values);
			all.putIfAbsent("caseNumber", m.caseNumber());
			all.putIfAbsent("title", m.title());
			notifications.send(new Message(template + ":" + m.id() + ":" + username + ":" + clock.millis(),
					Recipient.user(user), template, all, link, Set.of()));
		});
	}
}
