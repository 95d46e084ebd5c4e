package org.smartcourt.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.MessageFailed;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.MessageRead;
import org.smartcourt.notification.Notices;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.QuietHours;
import org.smartcourt.notification.Recipient;
import org.smartcourt.shared.UserId;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Queuing into the outbox: one message per delivery key (also when two transactions race), nothing from a rolled-back
 * caller, channels from preferences, in-app at once with 已阅知 on first reading, quiet hours, retries and the
 * dead letter.
 */
@IntegrationTest
@RecordApplicationEvents
class OutboxTests {

	@Autowired
	OutboxRepository outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	Notices notices;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	SenderNode node;

	@Autowired
	ContactRepository contacts;

	@Autowired
	PreferenceRepository preferences;

	@Autowired
	ApplicationEvents events;

	OutboxFixture fx;

	@BeforeEach
	void pauseTheAppsSender() {
		node.pause();
		fx = new OutboxFixture(outbox, jdbc, notifications, transactions, publisher);
	}

	@AfterEach
	void resume() {
		node.resume();
	}

	private UserId user(String username) {
		return new UserId(jdbc.sql("select id from user_account where username = ?").param(username)
			.query(UUID.class).single());
	}

	private long messages(String key) {
		return jdbc.sql("select count(*) from notification_message where delivery_key = ?").param(key)
			.query(Long.class).single();
	}

	@Test
	void theSameDeliveryKeyQueuesOnceAndAnswersTheFirstId() {
		String key = OutboxFixture.key("same");
		MessageId first = fx.queueSms(key);
		MessageId again = fx.queueSms(key);
		assertThat(again).isEqualTo(first);
		assertThat(messages(key)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from notification_delivery where message_id = ?")
			.param(first.value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void twoTransactionsRacingWithOneKeyQueueOneMessage() throws Exception {
		String key = OutboxFixture.key("race-key");
		CountDownLatch firstInserted = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<MessageId> a = pool.submit(() -> fx.tx.execute(s -> {
				MessageId id = fx.notifications.send(sms(key));
				firstInserted.countDown();
				sleep(400);
				return id;
			}));
			firstInserted.await(10, TimeUnit.SECONDS);
			Future<MessageId> b = pool.submit(() -> fx.tx.execute(s -> fx.notifications.send(sms(key))));
			assertThat(b.get(20, TimeUnit.SECONDS)).isEqualTo(a.get(20, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(messages(key)).isEqualTo(1);
	}

	@Test
	void aRolledBackCallerSendsNothing() {
		String key = OutboxFixture.key("rollback");
		fx.tx.executeWithoutResult(s -> {
			fx.notifications.send(sms(key));
			s.setRollbackOnly();
		});
		assertThat(messages(key)).isZero();
		FakeGateway gateway = new FakeGateway();
		fx.sender("rb", gateway, OutboxFixture.at(Instant.now()), OutboxFixture.backoff()).drain(10);
		assertThat(gateway.received).noneMatch(o -> o.sms().contains(key));
	}

	@Test
	void failuresBackOffExponentiallyThenTheDeliveryIsDeadLettered() {
		MessageId id = fx.queueSms(OutboxFixture.key("retry"));
		UUID delivery = fx.deliveryOf(id, Channel.SMS);
		FakeGateway failing = new FakeGateway();
		failing.refuseWith = "短信平台未接收：HTTP 503";
		Backoff backoff = new Backoff(Duration.ofSeconds(30), 3, Duration.ofHours(1));
		// the row is due at a microsecond instant: a clock cut to the same millisecond could stand before it
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusMillis(1);

		fx.sender("r", failing, OutboxFixture.at(t0), backoff).drain(10);
		assertThat(fx.status(delivery)).isEqualTo("FAILED");
		assertThat(nextAttempt(delivery)).isEqualTo(t0.plusSeconds(30));

		fx.sender("r", failing, OutboxFixture.at(t0.plusSeconds(20)), backoff).drain(10);
		assertThat(fx.attempts(delivery)).as("not due yet").isEqualTo(1);

		Instant t1 = t0.plusSeconds(31);
		fx.sender("r", failing, OutboxFixture.at(t1), backoff).drain(10);
		assertThat(fx.attempts(delivery)).isEqualTo(2);
		assertThat(nextAttempt(delivery)).as("doubled").isEqualTo(t1.plusSeconds(60));

		fx.sender("r", failing, OutboxFixture.at(t1.plusSeconds(61)), backoff).drain(10);
		assertThat(fx.status(delivery)).isEqualTo("DEAD");
		assertThat(lastError(delivery)).isEqualTo("短信平台未接收：HTTP 503");
		assertThat(fx.events).filteredOn(e -> e instanceof MessageFailed f && f.message().equals(id))
			.extracting(e -> ((MessageFailed) e).deadLettered())
			.containsExactly(false, false, true);

		// a dead delivery is never claimed again until requeued
		failing.refuseWith = null;
		fx.sender("r", failing, OutboxFixture.at(t1.plusSeconds(10_000)), backoff).drain(10);
		assertThat(failing.callsFor(delivery)).isZero();
		assertThat(outbox.requeue(delivery, Instant.now())).isTrue();
		fx.sender("r", failing, OutboxFixture.at(Instant.now()), backoff).drain(10);
		assertThat(fx.status(delivery)).isEqualTo("SENT");
	}

	@Test
	void inAppGoesIntoTheInboxAtOnceAndTheFirstReadingIsPublished() {
		UserId litigant = user("litigant");
		String key = OutboxFixture.key("inapp");
		MessageId id = fx.tx.execute(s -> notifications.send(new Message(key, Recipient.user(litigant), "test.ping",
				Map.of("n", key), "/notices", Set.of(Channel.IN_APP))));
		assertThat(fx.status(fx.deliveryOf(id, Channel.IN_APP))).isEqualTo("SENT");
		UUID notice = jdbc.sql("select id from notice where title = ?").param("测试消息 " + key).query(UUID.class)
			.single();

		notices.markRead(litigant, notice);
		notices.markRead(litigant, notice);

		assertThat(events.stream(MessageRead.class).filter(r -> r.message().equals(id)))
			.singleElement()
			.satisfies(r -> assertThat(r.deliveryKey()).isEqualTo(key));
	}

	@Test
	void withoutChannelsAServiceMessageGoesInAppAndBySmsWhenThePersonHasAMobile() {
		UserId lawyer = user("lawyer");
		contacts.save(lawyer, new ContactRepository.Contact("13900000042", null, null), Instant.now());
		String key = OutboxFixture.key("defaults");
		MessageId id = fx.tx.execute(s -> notifications.send(new Message(key, Recipient.user(lawyer), "test.served",
				Map.of("n", key), null, Set.of())));
		assertThat(channels(id)).containsExactlyInAnyOrder("IN_APP", "SMS");

		String other = OutboxFixture.key("no-mobile");
		MessageId plain = fx.tx.execute(s -> notifications.send(new Message(other, Recipient.user(user("judge")),
				"test.ping", Map.of("n", other), null, Set.of())));
		assertThat(channels(plain)).containsExactly("IN_APP");
	}

	@Test
	void quietHoursDelayNonUrgentDeliveriesToTheirEnd() {
		UserId clerk = user("clerk");
		contacts.save(clerk, new ContactRepository.Contact("13900000043", null, null), Instant.now());
		LocalTime now = Instant.now().atZone(QuietHours.ZONE).toLocalTime();
		QuietHours quiet = new QuietHours(now.minusHours(1), now.plusHours(2));
		preferences.quietHours(clerk, quiet);
		try {
			String key = OutboxFixture.key("quiet");
			MessageId id = fx.tx.execute(s -> notifications.send(new Message(key, Recipient.user(clerk),
					"test.ping", Map.of("n", key), null, Set.of(Channel.SMS))));
			Instant due = nextAttempt(fx.deliveryOf(id, Channel.SMS));
			assertThat(due).isAfter(Instant.now().plus(Duration.ofMinutes(110)));
			assertThat(due.atZone(QuietHours.ZONE).toLocalTime().withNano(0)).isEqualTo(quiet.end().withNano(0));
		}
		finally {
			preferences.quietHours(clerk, null);
		}
	}

	@Test
	void aChannelWithoutAnAddressIsDeadLetteredAtOnceWithTheReason() {
		String key = OutboxFixture.key("no-address");
		MessageId id = fx.tx.execute(s -> notifications.send(new Message(key, Recipient.user(user("judge")),
				"test.ping", Map.of("n", key), null, Set.of(Channel.EMAIL))));
		UUID delivery = fx.deliveryOf(id, Channel.EMAIL);
		assertThat(fx.status(delivery)).isEqualTo("DEAD");
		assertThat(lastError(delivery)).isEqualTo("没有电子邮箱地址");
	}

	@Test
	void anUnknownTemplateOrAMissingValueIsTheCallersBug() {
		assertThatThrownBy(() -> notifications.send(new Message(OutboxFixture.key("x"),
				Recipient.addresses(null, "13912345678", null), "test.nonexistent", Map.of(), null, Set.of())))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> notifications.send(new Message(OutboxFixture.key("x"),
				Recipient.addresses(null, "13912345678", null), "test.ping", Map.of(), null, Set.of())))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("{n}");
	}

	@Test
	void theSmsCarriesTheAbsoluteLinkAndTheRenderedTextIsFrozenInTheRow() {
		String key = OutboxFixture.key("render");
		MessageId id = fx.queueSms(key);
		QueuedMessage m = outbox.messageOfDelivery(fx.deliveryOf(id, Channel.SMS)).orElseThrow();
		assertThat(m.sms()).isEqualTo("【吉林法院】测试短信 " + key);
		assertThat(m.title()).isEqualTo("测试消息 " + key);
		assertThat(m.link()).isEqualTo("/notices");
		FakeGateway gateway = new FakeGateway();
		fx.sender("render", gateway, OutboxFixture.at(Instant.now()), OutboxFixture.backoff()).drain(10);
		assertThat(gateway.received).filteredOn(o -> o.sms().contains(key))
			.singleElement()
			.satisfies(o -> assertThat(o.link()).isEqualTo("https://court.example/notices"));
	}

	private List<String> channels(MessageId id) {
		return jdbc.sql("select channel from notification_delivery where message_id = ?").param(id.value())
			.query(String.class).list();
	}

	private Instant nextAttempt(UUID delivery) {
		return jdbc.sql("select next_attempt_at from notification_delivery where id = ?").param(delivery)
			.query(java.sql.Timestamp.class).single().toInstant();
	}

	private String lastError(UUID delivery) {
		return jdbc.sql("select last_error from notification_delivery where id = ?").param(delivery)
			.query(String.class).single();
	}

	private static Message sms(String key) {
		return new Message(key, Recipient.addresses(null, "13912345678", null), "test.ping", Map.of("n", key), null,
				Set.of(Channel.SMS));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
