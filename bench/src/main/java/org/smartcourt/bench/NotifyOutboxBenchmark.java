package org.smartcourt.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 8: notification throughput through the outbox. {@code --producers} threads queue {@code --messages} SMS
 * messages with {@code Notifications.send}, one per transaction (as a module does inside its command); the app's
 * sender drains the outbox to a local fake SMS platform over HTTP ({@code smartcourt.sms.gateway=http},
 * {@code smartcourt.notification.sms.mode=gateway}). Reported: messages per second from the first queued to the
 * last sent, and the queue-to-sent latency of each delivery ({@code sent_at - queued_at}, from the outbox rows).
 */
final class NotifyOutboxBenchmark {

	static final List<String> OPTIONS = List.of("messages", "producers", "dir", "batch-size");

	private final Options options;

	NotifyOutboxBenchmark(Options options) {
		this.options = options;
	}

	void run() throws Exception {
		int messages = options.integer("messages", 10_000);
		int producers = options.integer("producers", 4);
		// the JDK server writes headers and body apart; with Nagle on, each answer waits for the client's delayed ACK
		// (~40 ms), which would measure the fake platform rather than the outbox
		System.setProperty("sun.net.httpserver.nodelay", "true");
		LongAdder received = new LongAdder();
		Set<String> distinct = java.util.concurrent.ConcurrentHashMap.newKeySet();
		HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
		gateway.createContext("/sms/send", exchange -> answer(exchange, received, distinct));
		gateway.setExecutor(Executors.newFixedThreadPool(4));
		gateway.start();
		System.out.println(Machine.describe());
		System.out.printf(Locale.ROOT, "# %d SMS messages, %d producers, fake SMS platform at 127.0.0.1:%d%n",
				messages, producers, gateway.getAddress().getPort());
		try (BenchApp app = BenchApp.start(options.path("dir", java.nio.file.Path.of("bench/target/run/notify-outbox")),
				true, Map.of("smartcourt.sms.gateway", "http", "smartcourt.sms.http.url",
						"http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms/send", "smartcourt.sms.http.api-key",
						"bench", "smartcourt.notification.sms.mode", "gateway", "smartcourt.notification.batch-size",
						String.valueOf(options.integer("batch-size", 50))))) {
			System.out.println("# PostgreSQL " + app.databaseSettings());
			Notifications notifications = app.bean(Notifications.class);
			TransactionTemplate tx = app.bean(TransactionTemplate.class);
			JdbcClient jdbc = app.bean(JdbcClient.class);
			AtomicInteger next = new AtomicInteger();
			long t0 = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(producers);
			List<Future<?>> running = new ArrayList<>();
			for (int p = 0; p < producers; p++) {
				running.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
						String key = "bench:" + i;
						String mobile = String.format(Locale.ROOT, "139%08d", i);
						tx.executeWithoutResult(s -> notifications.send(new Message(key,
								Recipient.addresses(null, mobile, null), "filing.forwarded",
								Map.of("dueOn", "2026-12-09"), "/filings", Set.of(Channel.SMS))));
					}
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
			pool.shutdown();
			double queuedSeconds = (System.nanoTime() - t0) / 1e9;
			System.out.printf(Locale.ROOT, "# queued %d messages in %.1f s (%.0f/s)%n", messages, queuedSeconds,
					messages / queuedSeconds);
			long sent;
			long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
			do {
				Thread.sleep(200);
				sent = jdbc.sql("select count(*) from notification_delivery d join notification_message m"
						+ " on m.id = d.message_id where m.delivery_key like 'bench:%' and d.status = 'SENT'")
					.query(Long.class).single();
			}
			while (sent < messages && System.nanoTime() < deadline);
			double totalSeconds = (System.nanoTime() - t0) / 1e9;
			Latency latency = new Latency();
			jdbc.sql("select d.queued_at, d.sent_at from notification_delivery d join notification_message m"
					+ " on m.id = d.message_id where m.delivery_key like 'bench:%' and d.status = 'SENT'")
				.query((rs, row) -> {
					Timestamp q = rs.getTimestamp(1);
					Timestamp s = rs.getTimestamp(2);
					latency.record(Math.max(java.time.Duration.between(q.toInstant(), s.toInstant()).toNanos(), 0));
					return null;
				})
				.list();
			Timestamp first = jdbc.sql("select min(d.queued_at) from notification_delivery d join notification_message m"
					+ " on m.id = d.message_id where m.delivery_key like 'bench:%'").query(Timestamp.class).single();
			Timestamp last = jdbc.sql("select max(d.sent_at) from notification_delivery d join notification_message m"
					+ " on m.id = d.message_id where m.delivery_key like 'bench:%'").query(Timestamp.class).single();
			double span = (last.getTime() - first.getTime()) / 1e3;
			System.out.printf(Locale.ROOT, "sent %d of %d; fake gateway received %d requests, %d distinct request ids%n",
					sent, messages, received.sum(), distinct.size());
			System.out.printf(Locale.ROOT, "throughput: %.0f messages/s (first queued -> last sent %.1f s; wall %.1f s)%n",
					sent / span, span, totalSeconds);
			System.out.println("queue-to-sent latency: " + latency.summary());
		}
		finally {
			gateway.stop(0);
			((ExecutorService) gateway.getExecutor()).shutdownNow();
		}
	}

	private static void answer(HttpExchange exchange, LongAdder received, Set<String> distinct) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		received.increment();
		int at = body.indexOf("\"requestId\":\"");
		if (at >= 0) {
			distinct.add(body.substring(at + 13, body.indexOf('"', at + 13)));
		}
		byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, answer.length);
		exchange.getResponseBody().write(answer);
		exchange.close();
	}
}
