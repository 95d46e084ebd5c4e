package org.smartcourt.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.notification.internal.ChannelSender.ChannelFailure;
import org.smartcourt.notification.internal.OutboxRepository.Claimed;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One sender (one per node): claims due deliveries under a lease (its own committed transaction), sends each
 * outside any transaction with the delivery id as idempotency key, and records each outcome. A node that dies
 * after claiming leaves leases that expire; whoever claims next sends again with the same key.
 */
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxRepository outbox;
	private final Map<org.smartcourt.notification.Channel, ChannelSender> channels;
	private final Outcomes outcomes;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final String owner;
	private final Duration lease;
	private final int batch;
	private final String baseUrl;

	private final ExecutorService workers;

	OutboxSender(OutboxRepository outbox, Map<org.smartcourt.notification.Channel, ChannelSender> channels,
			Outcomes outcomes, TransactionTemplate tx, Clock clock, String owner, Duration lease, int batch,
			String baseUrl) {
		this(outbox, channels, outcomes, tx, clock, owner, lease, batch, baseUrl, 1);
	}

	/**
	 * @param baseUrl where the application is reached, to make message links absolute for e-mail and DingTalk.
	 * @param parallelism how many deliveries of a claimed batch are sent at the same time (providers answer in
	 *        milliseconds to seconds; one at a time would make their latency the outbox's throughput).
	 */
	OutboxSender(OutboxRepository outbox, Map<org.smartcourt.notification.Channel, ChannelSender> channels,
			Outcomes outcomes, TransactionTemplate tx, Clock clock, String owner, Duration lease, int batch,
			String baseUrl, int parallelism) {
		this.workers = parallelism <= 1 ? null : Executors.newFixedThreadPool(parallelism, r -> {
			Thread t = new Thread(r, "notification-send");
			t.setDaemon(true);
			return t;
		});
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.outbox = outbox;
		this.channels = Map.copyOf(channels);
		this.outcomes = outcomes;
		this.tx = tx;
		this.clock = clock;
		this.owner = owner;
		this.lease = lease;
		this.batch = batch;
	}

	/** Claims and sends one batch; returns how many deliveries it claimed. */
	int runOnce() {
		List<Claimed> claimed = tx.execute(status -> outbox.claim(owner, clock.instant(), lease, batch));
		if (workers == null) {
			claimed.forEach(this::send);
			return claimed.size();
		}
		List<Future<?>> sending = new ArrayList<>();
		for (Claimed c : claimed) {
			sending.add(workers.submit(() -> send(c)));
		}
		for (Future<?> f : sending) {
			try {
				f.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (ExecutionException ex) {
				log.error("Notification send task failed; its lease expires and it is retried", ex.getCause());
			}
		}
		return claimed.size();
	}

	/** Stops the send workers (the node shuts down; leases of unsent deliveries expire). */
	void shutdown() {
		if (workers != null) {
			workers.shutdownNow();
		}
	}

	/** Sends until nothing is due (at most {@code rounds} batches, so one call never runs forever). */
	int drain(int rounds) {
		int total = 0;
		for (int i = 0; i < rounds; i++) {
			int n = runOnce();
			total += n;
			if (n < batch) {
				break;
			}
		}
		return total;
	}

	String owner() {
		return owner;
	}

	private void send(Claimed c) {
		String missing = OutboxNotifications.missingAddress(c.channel(), c.message());
		if (missing != null) {
			// requeued by the admin while the address is still missing: retrying cannot help
			try {
				outcomes.failed(c, owner, missing, true);
			}
			catch (RuntimeException ex) {
				log.error("Could not record the failure of delivery {}", c.deliveryId(), ex);
			}
			return;
		}
		ChannelSender sender = channels.get(c.channel());
		String receipt;
		try {
			if (sender == null) {
				throw new ChannelFailure("渠道未配置：" + c.channel());
			}
			receipt = sender.send(outgoing(c));
		}
		catch (RuntimeException ex) {
			log.warn("Notification delivery {} on {} failed (attempt {}): {}", c.deliveryId(), c.channel(),
					c.attempts(), ex.getMessage());
			try {
				outcomes.failed(c, owner, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			}
			catch (RuntimeException recording) {
				log.error("Could not record the failure of delivery {}; it is retried when its lease expires",
						c.deliveryId(), recording);
			}
			return;
		}
		try {
			outcomes.sent(c, owner, receipt);
		}
		catch (RuntimeException ex) {
			log.error("Delivery {} was sent but its outcome not recorded; it is resent with the same idempotency key"
					+ " when its lease expires", c.deliveryId(), ex);
		}
	}

	private Outgoing outgoing(Claimed c) {
		QueuedMessage m = c.message();
		return new Outgoing(c.deliveryId(), c.channel(), m.template(), m.mobile(), m.email(), m.robot(),
				m.dingtalkUserId(), m.title(), m.sms(), m.body(), m.link() == null ? null : baseUrl + m.link());
	}
}
