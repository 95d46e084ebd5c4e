package org.smartcourt.notification;

import java.util.UUID;

import org.smartcourt.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The account ids of demo users, to deliver notices to them. */
final class Recipients {

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UserId of(String username) {
		return new UserId(jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(UUID.class)
			.single());
	}

	/** The id of the newest notice with this title: titles in these tests are unique. */
	UUID notice(String title) {
		return jdbc.sql("select id from notice where title = ?").param(title).query(UUID.class).single();
	}
}
