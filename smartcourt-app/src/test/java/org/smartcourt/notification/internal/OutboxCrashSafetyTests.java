package org.smartcourt.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.MessageDelivered;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.Notifications;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox under crashes: nothing is lost when the node dies before sending, a send whose outcome was not
 * recorded is resent with the same idempotency key (one distinct message at the provider), and racing senders
 * claim each delivery once.
 */
@IntegrationTest
class OutboxCrashSafetyTests {

	@Autowired
	OutboxRepository outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	SenderNode node;

	OutboxFixture fx;

	@BeforeEach
	void pauseTheAppsSender() {
		node.pause();
		fx = new OutboxFixture(outbox, jdbc, notifications, transactions, events);
	}

	@AfterEach
	void resume() {
		node.resume();
	}

	@Test
	void aMessageCommittedWhenTheNodeDiedIsSentExactlyOnceByAFreshSender() {
		// the message commits, then the node "dies": its sender never runs
		MessageId id = fx.queueSms(OutboxFixture.key("crash-a"));
		UUID delivery = fx.deliveryOf(id, Channel.SMS);
		assertThat(fx.status(delivery)).isEqualTo("QUEUED");

		FakeGateway gateway = new FakeGateway();
		OutboxSender restarted = fx.sender("restarted", gateway, OutboxFixture.at(Instant.now()), OutboxFixture.backoff());
		restarted.drain(10);
		restarted.drain(10);

		assertThat(gateway.callsFor(delivery)).isEqualTo(1);
		assertThat(fx.status(delivery)).isEqualTo("SENT");
		assertThat(fx.events).filteredOn(e -> e instanceof MessageDelivered d && d.message().equals(id)).hasSize(1);
	}

	@Test
	void aSendWhoseOutcomeWasNotRecordedIsResentAfterTheLeaseWithTheSameKey() {
		MessageId id = fx.queueSms(OutboxFixture.key("crash-b"));
		UUID delivery = fx.deliveryOf(id, Channel.SMS);
		FakeGateway gateway = new FakeGateway();
		Instant t0 = Instant.now();
		Outcomes failingRecorder = new Outcomes(outbox, fx.tx, fx.sink, OutboxFixture.backoff(), OutboxFixture.at(t0)) {
			@Override
			void sent(OutboxRepository.Claimed c, String owner, String receipt) {
				throw new IllegalStateException("database gone between sending and recording");
			}
		};
		fx.sender("node-1", gateway, OutboxFixture.at(t0), failingRecorder).drain(10);
		assertThat(gateway.callsFor(delivery)).isEqualTo(1);
		assertThat(fx.status(delivery)).isEqualTo("QUEUED");

		// while node-1's lease runs, nobody else takes the delivery
		fx.sender("node-2", gateway, OutboxFixture.at(t0.plusSeconds(60)), OutboxFixture.backoff()).drain(10);
		assertThat(gateway.callsFor(delivery)).isEqualTo(1);

		// once it expired, node-2 sends again, with the same idempotency key
		fx.sender("node-2", gateway, OutboxFixture.at(t0.plus(Duration.ofMinutes(3))), OutboxFixture.backoff())
			.drain(10);
		assertThat(gateway.received).filteredOn(o -> o.deliveryId().equals(delivery)).hasSize(2);
		assertThat(gateway.calls).containsKey(delivery);
		assertThat(gateway.received.stream().filter(o -> o.deliveryId().equals(delivery)).distinct().count())
			.as("distinct messages at the provider for this delivery").isEqualTo(1);
		assertThat(fx.status(delivery)).isEqualTo("SENT");
		assertThat(fx.attempts(delivery)).isEqualTo(2);
	}

	@Test
	void twoSendersRacingClaimEachDeliveryOnce() throws Exception {
		List<UUID> deliveries = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			deliveries.add(fx.deliveryOf(fx.queueSms(OutboxFixture.key("race")), Channel.SMS));
		}
		FakeGateway shared = new FakeGateway();
		Instant now = Instant.now();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Integer>> nodes = List.of(
					() -> fx.sender("race-1", shared, OutboxFixture.at(now), OutboxFixture.backoff()).drain(100),
					() -> fx.sender("race-2", shared, OutboxFixture.at(now), OutboxFixture.backoff()).drain(100));
			int claimed = 0;
			for (Future<Integer> f : pool.invokeAll(nodes)) {
				claimed += f.get();
			}
			assertThat(claimed).isGreaterThanOrEqualTo(deliveries.size());
		}
		finally {
			pool.shutdownNow();
		}
		for (UUID d : deliveries) {
			assertThat(shared.callsFor(d)).as("sends of %s", d).isEqualTo(1);
			assertThat(fx.status(d)).isEqualTo("SENT");
		}
	}
}
