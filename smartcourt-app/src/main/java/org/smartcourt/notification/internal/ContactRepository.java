package org.smartcourt.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.smartcourt.accounts.AccountContact;
import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code notification_contact}: where a person is reached besides the platform inbox. What they entered here wins;
 * otherwise the mobile verified at registration and the e-mail on their account are used, so nobody has to enter
 * them twice.
 */
@Repository
class ContactRepository {

	/** A person's addresses; any may be {@literal null}. */
	record Contact(String mobile, String email, String dingtalkUserId) {
		static final Contact NONE = new Contact(null, null, null);
	}

	private final JdbcClient jdbc;
	private final AccountDirectory accounts;

	ContactRepository(JdbcClient jdbc, AccountDirectory accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	Contact of(UserId user) {
		Contact own = find(user).orElse(Contact.NONE);
		if (own.mobile() != null && own.email() != null) {
			return own;
		}
		AccountContact account = accounts.contactOf(user);
		return new Contact(own.mobile() != null ? own.mobile() : account.mobile(),
				own.email() != null ? own.email() : account.email(), own.dingtalkUserId());
	}

	Optional<Contact> find(UserId user) {
		return jdbc.sql("select mobile, email, dingtalk_user_id from notification_contact where user_id = ?")
			.param(user.value())
			.query((rs, row) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	void save(UserId user, Contact contact, Instant at) {
		jdbc.sql("""
				insert into notification_contact (user_id, mobile, email, dingtalk_user_id, updated_at)
				values (?, ?, ?, ?, ?) on conflict (user_id) do update set mobile = excluded.mobile,
				email = excluded.email, dingtalk_user_id = excluded.dingtalk_user_id, updated_at = excluded.updated_at""")
			.params(user.value(), contact.mobile(), contact.email(), contact.dingtalkUserId(), Timestamp.from(at))
			.update();
	}
}
