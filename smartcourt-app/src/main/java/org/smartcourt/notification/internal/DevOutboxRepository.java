package org.smartcourt.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.smartcourt.notification.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code notification_dev_outbox}: what the development channels would have sent. Keyed by delivery id, as a
 * provider keys by idempotency key: the same delivery sent twice is kept once. Public for the development page
 * ({@code /dev/notification-outbox}).
 */
@Repository
public class DevOutboxRepository {

	/** One kept message. */
	public record Kept(UUID deliveryId, Channel channel, String address, String subject, String text, Instant sentAt) {
	}

	private final JdbcClient jdbc;

	DevOutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void keep(UUID delivery, Channel channel, String address, String subject, String text, Instant at) {
		jdbc.sql("""
				insert into notification_dev_outbox (delivery_id, channel, address, subject, text, sent_at)
				values (?, ?, ?, ?, ?, ?) on conflict (delivery_id) do nothing""")
			.params(delivery, channel.name(), address, subject, text, Timestamp.from(at))
			.update();
	}

	public List<Kept> latest(int limit) {
		return jdbc.sql("select delivery_id, channel, address, subject, text, sent_at from notification_dev_outbox"
				+ " order by seq desc limit ?")
			.param(limit)
			.query((rs, row) -> new Kept(rs.getObject(1, UUID.class), Channel.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}
}
