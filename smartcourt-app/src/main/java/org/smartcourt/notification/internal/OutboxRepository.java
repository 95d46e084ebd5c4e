package org.smartcourt.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.notification.Category;
import org.smartcourt.notification.Channel;
import org.smartcourt.notification.MessageId;
import org.smartcourt.notification.OutboxEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code notification_message} and {@code notification_delivery}. Claims take due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} and stamp a lease, so concurrent senders never take the same row; outcomes are
 * recorded only by the lease holder.
 */
@Repository
class OutboxRepository {

	/** A claimed delivery with its message. */
	record Claimed(UUID deliveryId, Channel channel, int attempts, QueuedMessage message) {
	}

	private final JdbcClient jdbc;

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether the message was inserted; {@literal false} when its delivery key was queued before. */
	boolean insertMessage(QueuedMessage m) {
		return jdbc.sql("""
				insert into notification_message (id, delivery_key, template, template_version, category, user_id,
				mobile, email, robot, dingtalk_user_id, title, sms, body, link, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (delivery_key) do nothing""")
			.params(m.id(), m.deliveryKey(), m.template(), m.templateVersion(), m.category().name(), m.userId(),
					m.mobile(), m.email(), m.robot(), m.dingtalkUserId(), m.title(), m.sms(), m.body(), m.link(),
					Timestamp.from(m.createdAt()))
			.update() == 1;
	}

	Optional<UUID> messageIdOf(String deliveryKey) {
		return jdbc.sql("select id from notification_message where delivery_key = ?")
			.param(deliveryKey)
			.query(UUID.class)
			.optional();
	}

	void insertDelivery(UUID id, UUID message, Channel channel, String status, Instant due, String error,
			Instant queuedAt) {
		jdbc.sql("""
				insert into notification_delivery (id, message_id, channel, status, next_attempt_at, last_error,
				queued_at, sent_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, message, channel.name(), status, Timestamp.from(due), error, Timestamp.from(queuedAt),
					"SENT".equals(status) ? Timestamp.from(queuedAt) : null)
			.update();
	}

	/** Claims up to {@code limit} due deliveries for {@code owner} until {@code now + lease}; commits on return. */
	List<Claimed> claim(String owner, Instant now, Duration lease, int limit) {
		return jdbc.sql("""
				with due as (
				  select id from notification_delivery
				  where status in ('QUEUED', 'FAILED') and next_attempt_at <= :now
				    and (lease_until is null or lease_until < :now)
				  order by next_attempt_at limit :limit
				  for update skip locked)
				update notification_delivery d set lease_owner = :owner, lease_until = :until,
				  attempts = d.attempts + 1
				from due, notification_message m
				where d.id = due.id and m.id = d.message_id
				returning d.id as delivery_id, d.channel, d.attempts, m.*""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("owner", owner)
			.param("until", Timestamp.from(now.plus(lease)))
			.query((rs, row) -> new Claimed(rs.getObject("delivery_id", UUID.class),
					Channel.valueOf(rs.getString("channel")), rs.getInt("attempts"), message(rs)))
			.list();
	}

	/** @return whether the lease was still held (otherwise another node has the delivery now). */
	boolean markSent(UUID delivery, String owner, String receipt, Instant at) {
		return jdbc.sql("""
				update notification_delivery set status = 'SENT', receipt = ?, sent_at = ?, last_error = null,
				lease_owner = null, lease_until = null where id = ? and lease_owner = ? and status in ('QUEUED', 'FAILED')""")
			.params(receipt, Timestamp.from(at), delivery, owner)
			.update() == 1;
	}

	boolean markFailed(UUID delivery, String owner, String status, String error, Instant next) {
		return jdbc.sql("""
				update notification_delivery set status = ?, last_error = ?, next_attempt_at = ?, lease_owner = null,
				lease_until = null where id = ? and lease_owner = ? and status in ('QUEUED', 'FAILED')""")
			.params(status, error, Timestamp.from(next), delivery, owner)
			.update() == 1;
	}

	/** @return whether a failed or dead delivery was queued again. */
	boolean requeue(UUID delivery, Instant now) {
		return jdbc.sql("""
				update notification_delivery set status = 'QUEUED', attempts = 0, next_attempt_at = ?,
				lease_owner = null, lease_until = null where id = ? and status in ('FAILED', 'DEAD')""")
			.params(Timestamp.from(now), delivery)
			.update() == 1;
	}

	Optional<String> statusOf(UUID delivery) {
		return jdbc.sql("select status from notification_delivery where id = ?")
			.param(delivery)
			.query(String.class)
			.optional();
	}

	/** The message and key of an in-app delivery, for {@code MessageRead}. */
	Optional<QueuedMessage> messageOfDelivery(UUID delivery) {
		return jdbc.sql("select m.* from notification_message m join notification_delivery d on d.message_id = m.id"
				+ " where d.id = ?")
			.param(delivery)
			.query((rs, row) -> message(rs))
			.optional();
	}

	List<OutboxEntry> entries(List<String> statuses, int limit) {
		return jdbc.sql("""
				select d.id as delivery_id, d.channel, d.status, d.attempts, d.queued_at, d.next_attempt_at,
				d.last_error, m.*
				from notification_delivery d join notification_message m on m.id = d.message_id
				where d.status in (:statuses) order by d.queued_at desc, d.id limit :limit""")
			.param("statuses", statuses)
			.param("limit", limit)
			.query((rs, row) -> entry(rs))
			.list();
	}

	private static OutboxEntry entry(ResultSet rs) throws SQLException {
		QueuedMessage m = message(rs);
		Channel channel = Channel.valueOf(rs.getString("channel"));
		return new OutboxEntry(rs.getObject("delivery_id", UUID.class), new MessageId(m.id()), m.deliveryKey(),
				m.template(), channel, rs.getString("status"), rs.getInt("attempts"),
				rs.getTimestamp("queued_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant(),
				rs.getString("last_error"), Addresses.masked(channel, m), m.title());
	}

	static QueuedMessage message(ResultSet rs) throws SQLException {
		return new QueuedMessage(rs.getObject("id", UUID.class), rs.getString("delivery_key"),
				rs.getString("template"), rs.getInt("template_version"), Category.valueOf(rs.getString("category")),
				rs.getObject("user_id", UUID.class), rs.getString("mobile"), rs.getString("email"),
				rs.getString("robot"), rs.getString("dingtalk_user_id"), rs.getString("title"), rs.getString("sms"),
				rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant());
	}
}
