package org.smartcourt.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Senders of the tests' own, standing for app nodes: each with its clock, provider and event sink. The app's own
 * sender is paused meanwhile, so only these send.
 */
final class OutboxFixture {

	final OutboxRepository outbox;
	final JdbcClient jdbc;
	final Notifications notifications;
	final TransactionTemplate tx;
	final List<Object> events = new CopyOnWriteArrayList<>();
	final ApplicationEventPublisher sink;

	OutboxFixture(OutboxRepository outbox, JdbcClient jdbc, Notifications notifications,
			PlatformTransactionManager transactions, ApplicationEventPublisher real) {
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.tx = new TransactionTemplate(transactions);
		this.sink = event -> {
			events.add(event);
			real.publishEvent(event);
		};
	}

	static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	OutboxSender sender(String owner, ChannelSender sms, Clock clock, Backoff backoff) {
		return new OutboxSender(outbox, Map.of(Channel.SMS, sms), new Outcomes(outbox, tx, sink, backoff, clock), tx,
				clock, owner, Duration.ofMinutes(2), 20, "https://court.example");
	}

	OutboxSender sender(String owner, ChannelSender sms, Clock clock, Outcomes outcomes) {
		return new OutboxSender(outbox, Map.of(Channel.SMS, sms), outcomes, tx, clock, owner, Duration.ofMinutes(2),
				20, "https://court.example");
	}

	Outcomes outcomes(Clock clock, Backoff backoff) {
		return new Outcomes(outbox, tx, sink, backoff, clock);
	}

	static Backoff backoff() {
		return new Backoff(Duration.ofSeconds(30), 8, Duration.ofHours(2));
	}

	/** Queues an SMS to a number without an account, committed. */
	MessageId queueSms(String key) {
		return tx.execute(s -> notifications.send(new Message(key, Recipient.addresses(null, "13912345678", null),
				"test.ping", Map.of("n", key), "/notices", Set.of(Channel.SMS))));
	}

	UUID deliveryOf(MessageId message, Channel channel) {
		return jdbc.sql("select id from notification_delivery where message_id = ? and channel = ?")
			.params(message.value(), channel.name())
			.query(UUID.class)
			.single();
	}

	String status(UUID delivery) {
		return outbox.statusOf(delivery).orElseThrow();
	}

	int attempts(UUID delivery) {
		return jdbc.sql("select attempts from notification_delivery where id = ?").param(delivery)
			.query(Integer.class).single();
	}

	static String key(String prefix) {
		return prefix + ":" + UUID.randomUUID();
	}
}
