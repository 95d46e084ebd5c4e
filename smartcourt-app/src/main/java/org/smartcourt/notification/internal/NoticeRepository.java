package org.smartcourt.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.notification.Notice;
import org.smartcourt.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code notice} table. Every read names the owner, so no query can return someone else's notice by mistake. */
@Repository
class NoticeRepository {

	private static final String COLUMNS = "id, title, body, link, created_at, read_at";

	private final JdbcClient jdbc;

	NoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UserId to, String title, String body, String link, Instant createdAt) {
		insert(id, to, title, body, link, createdAt, null);
	}

	/** @param delivery the outbox delivery the notice is, or {@literal null} for a notice from {@code Inbox}. */
	void insert(UUID id, UserId to, String title, String body, String link, Instant createdAt, UUID delivery) {
		jdbc.sql("insert into notice (id, user_id, title, body, link, created_at, delivery_id) values (?, ?, ?, ?, ?, ?, ?)")
			.params(id, to.value(), title, body, link, Timestamp.from(createdAt), delivery)
			.update();
	}

	/** The outbox delivery of a notice, if it came through the outbox. */
	Optional<UUID> deliveryOf(UUID notice) {
		return jdbc.sql("select delivery_id from notice where id = ? and delivery_id is not null")
			.param(notice)
			.query(UUID.class)
			.optional();
	}

	List<Notice> latest(UserId owner, int limit) {
		return jdbc.sql("select " + COLUMNS + " from notice where user_id = ? order by created_at desc, seq desc limit ?")
			.params(owner.value(), limit)
			.query(NoticeRepository::map)
			.list();
	}

	long unreadCount(UserId owner) {
		return jdbc.sql("select count(*) from notice where user_id = ? and read_at is null")
			.param(owner.value())
			.query(Long.class)
			.single();
	}

	Optional<Notice> find(UserId owner, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from notice where id = ? and user_id = ?")
			.params(id, owner.value())
			.query(NoticeRepository::map)
			.optional();
	}

	boolean exists(UUID id) {
		return jdbc.sql("select count(*) from notice where id = ?").param(id).query(Long.class).single() > 0;
	}

	/** @return whether the notice was unread until now. */
	boolean markRead(UserId owner, UUID id, Instant at) {
		return jdbc.sql("update notice set read_at = ? where id = ? and user_id = ? and read_at is null")
			.params(Timestamp.from(at), id, owner.value())
			.update() == 1;
	}

	/** @return the notices marked now, each with its outbox delivery ({@literal null} for an {@code Inbox} notice). */
	List<Optional<UUID>> markAllRead(UserId owner, Instant at) {
		return jdbc.sql("update notice set read_at = ? where user_id = ? and read_at is null returning delivery_id")
			.params(Timestamp.from(at), owner.value())
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
			.list();
	}

	private static Notice map(ResultSet rs, int row) throws SQLException {
		Timestamp readAt = rs.getTimestamp("read_at");
		return new Notice(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("body"),
				rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
				readAt == null ? null : readAt.toInstant());
	}
}
