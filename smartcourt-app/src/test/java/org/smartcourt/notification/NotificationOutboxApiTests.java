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
	void aDeadDeliveryIsListedAndCanBeRequeuedOnce() {
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
		String status = jdbc.sql("select status from notification_delivery where id = ?").param(delivery)
			.query(String.class).single();
		assertThat(status).isIn("QUEUED", "FAILED", "DEAD");
	}

	@Test
	void aSentOrUnknownDeliveryIsNotRequeued() {
		String token = api.token("it-admin");
		assertThat(api.post("/api/v1/admin/notification-outbox/" + UUID.randomUUID() + "/requeue", token, Map.of())
			.status()).isEqualTo(404);
		assertThat(api.get("/api/v1/admin/notification-outbox", api.token("judge")).status()).isEqualTo(403);
	}
}
