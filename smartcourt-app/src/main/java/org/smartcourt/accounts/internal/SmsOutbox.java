package org.smartcourt.accounts.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.smartcourt.accounts.MobileNumber;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code sms_outbox} table: messages the development gateway ({@link OutboxSmsGateway}) kept instead of sending,
 * shown at {@code /dev/sms-outbox} in demo mode.
 */
public class SmsOutbox {

	/** One kept message. */
	public record Message(String mobile, String text, Instant sentAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	SmsOutbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void keep(MobileNumber to, String text) {
		jdbc.sql("insert into sms_outbox (mobile, text, sent_at) values (?, ?, ?)")
			.params(to.value(), text, Timestamp.from(clock.instant()))
			.update();
	}

	/** The latest messages, newest first. */
	public List<Message> latest(int limit) {
		return jdbc.sql("select mobile, text, sent_at from sms_outbox order by id desc limit ?")
			.param(limit)
			.query((rs, n) -> new Message(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}
}
