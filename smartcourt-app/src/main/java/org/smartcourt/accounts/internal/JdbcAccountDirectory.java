package org.smartcourt.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import org.smartcourt.accounts.AccountContact;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link AccountDirectory} on {@code user_account}. */
@Service
class JdbcAccountDirectory implements AccountDirectory {

	private final JdbcClient jdbc;

	JdbcAccountDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<UserId> idOf(String username) {
		if (username == null) {
			return Optional.empty();
		}
		return jdbc.sql("select id from user_account where username = ? and enabled")
			.param(username)
			.query(UUID.class)
			.optional()
			.map(UserId::new);
	}

	@Override
	public AccountContact contactOf(UserId user) {
		return jdbc.sql("select mobile, email from user_account where id = ?")
			.param(user.value())
			.query((rs, row) -> new AccountContact(rs.getString(1), rs.getString(2)))
			.optional()
			.orElse(AccountContact.NONE);
	}
}
