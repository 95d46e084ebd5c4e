package org.smartcourt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The dead-letter view over the API: the IT admin lists dead deliveries with the reason and requeues one (audited). */
@IntegrationTest
class NotificationOutboxApiTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate tx;

	@LocalServerPort
	int port;

	private TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	@Test
	void aDeadDeliveryIsListedAndCanBeRequeuedOnce() throws InterruptedException {
		String key = "dead:" + UUID.randomUUID();
		// no e-mail address: dead at once, with the reason
		MessageId id = tx.execute(s -> notifications.send(new Message(key, Recipient.addresses(null, "13912345678",
				null), "test.ping", Map.of("n", key), null, Set.of(Channel.EMAIL))));
		UUID delivery = jdbc.sql("select id from notification_delivery where message_id = ?").param(id.value())
			.query(UUID.class).single();
		String token = api.token("it-admin");

		TestApi.Response dead = api.get("/api/v1/admin/notification-outbox?status=DEAD&limit=500", token);
		assertThat(dead.status()).isEqualTo(200);
		assertThat(dead.body()).contains(delivery.toString(), "没有电子邮箱地址");

		assertThat(api.post("/api/v1/admin/notification-outbox/" + delivery + "/requeue", token, Map.of()).status())
			.isEqualTo(202);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'notification.outbox.requeue'"
				+ " and target_id = ?").param(delivery.toString()).query(Long.class).single()).isEqualTo(1);
		// the sender (woken after commit) finds the address still missing: dead again at once, not retried for hours
		String state = "";
		for (int i = 0; i < 300 && !state.equals("DEAD:1"); i++) {
			Thread.sleep(100);
			state = jdbc.sql("select status || ':' || attempts from notification_delivery where id = ?")
				.param(delivery).query(String.class).single();
		}
		assertThat(state).isEqualTo("DEAD:1");
	}

	@Test
	void aSentOrUnknownDeliveryIsNotRequeued() {
		String token = api.token("it-admin");
		assertThat(api.post("/api/v1/admin/notification-outbox/" + UUID.randomUUID() + "/requeue", token, Map.of())
			.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/admin/notification-outbox", api.token("judge")).status()).isEqualTo(403);
	}
}
