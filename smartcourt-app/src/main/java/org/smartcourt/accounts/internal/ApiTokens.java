package org.smartcourt.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the API: 256 random bits, handed out once, stored only as their SHA-256, valid for a
 * configured time ({@code smartcourt.security.token-validity}). Kept in PostgreSQL so every app node accepts them.
 */
@Service
public class ApiTokens {

	/** A freshly issued token and when it stops working. */
	public record IssuedToken(String token, Instant expiresAt) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Duration validity;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, Clock clock, @Value("${smartcourt.security.token-validity:8h}") Duration validity) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.validity = validity;
	}

	@Transactional
	public IssuedToken issue(UserId user) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(validity);
		jdbc.sql("delete from api_token where expires_at < ?").param(Timestamp.from(now)).update();
		jdbc.sql("insert into api_token (token_hash, user_id, issued_at, expires_at) values (?, ?, ?, ?)")
			.params(hash(token), user.value(), Timestamp.from(now), Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The account a still-valid token belongs to. */
	public Optional<UserId> resolve(String token) {
		return jdbc.sql("select user_id from api_token where token_hash = ? and expires_at > ?")
			.params(hash(token), Timestamp.from(clock.instant()))
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.optional();
	}

	@Transactional
	public void revoke(String token) {
		jdbc.sql("delete from api_token where token_hash = ?").param(hash(token)).update();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
