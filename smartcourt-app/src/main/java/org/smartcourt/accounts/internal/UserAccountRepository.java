package org.smartcourt.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;
import org.smartcourt.shared.UserId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link UserAccount}s with optimistic locking on {@code version}. */
@Repository
public class UserAccountRepository {

	private static final String COLUMNS = """
			id, username, password_hash, display_name, role, court_id, mobile, email, enabled, failed_attempts,
			locked_until, totp_secret, password_changed_at, created_at, version""";

	private final JdbcClient jdbc;

	UserAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from user_account where username = ?")
			.param(username)
			.query(UserAccountRepository::map)
			.optional();
	}

	/** Loads the account and locks its row until the transaction ends. */
	public Optional<UserAccount> findByUsernameForUpdate(String username) {
		return jdbc.sql("select " + COLUMNS + " from user_account where username = ? for update")
			.param(username)
			.query(UserAccountRepository::map)
			.optional();
	}

	public Optional<UserAccount> findById(UserId id) {
		return jdbc.sql("select " + COLUMNS + " from user_account where id = ?")
			.param(id.value())
			.query(UserAccountRepository::map)
			.optional();
	}

	public List<UserAccount> findByCourt(CourtId court) {
		return jdbc.sql("select " + COLUMNS + " from user_account where court_id = ? order by role, username")
			.param(court.value())
			.query(UserAccountRepository::map)
			.list();
	}

	public boolean existsByUsername(String username) {
		return jdbc.sql("select count(*) from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	public boolean existsByMobile(String mobile) {
		return jdbc.sql("select count(*) from user_account where mobile = ?")
			.param(mobile)
			.query(Long.class)
			.single() > 0;
	}

	public long count() {
		return jdbc.sql("select count(*) from user_account").query(Long.class).single();
	}

	public void insert(UserAccount a) {
		jdbc.sql("insert into user_account (" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")
			.params(a.id().value(), a.username(), a.passwordHash(), a.displayName(), a.role().name(),
					a.court().map(CourtId::value).orElse(null), a.mobile().orElse(null), a.email().orElse(null),
					a.enabled(), a.failedAttempts(), ts(a.lockedUntil().orElse(null)), a.totpSecret().orElse(null),
					ts(a.passwordChangedAt()), ts(a.createdAt()))
			.update();
	}

	/** Saves the mutable state; fails if someone else changed the account since it was loaded. */
	public void update(UserAccount a) {
		int rows = jdbc.sql("""
				update user_account set password_hash = ?, display_name = ?, mobile = ?, email = ?, enabled = ?,
				       failed_attempts = ?, locked_until = ?, totp_secret = ?, password_changed_at = ?,
				       version = version + 1
				 where id = ? and version = ?""")
			.params(a.passwordHash(), a.displayName(), a.mobile().orElse(null), a.email().orElse(null), a.enabled(),
					a.failedAttempts(), ts(a.lockedUntil().orElse(null)), a.totpSecret().orElse(null),
					ts(a.passwordChangedAt()), a.id().value(), a.version())
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("user account " + a.id() + " changed concurrently");
		}
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		String court = rs.getString("court_id");
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("username"),
				rs.getString("password_hash"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				court == null ? null : new CourtId(court), rs.getString("mobile"), rs.getString("email"),
				rs.getBoolean("enabled"), rs.getInt("failed_attempts"), instant(rs, "locked_until"),
				rs.getString("totp_secret"), instant(rs, "password_changed_at"), instant(rs, "created_at"),
				rs.getLong("version"));
	}
}
