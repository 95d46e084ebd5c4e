package org.smartcourt.accounts.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.smartcourt.accounts.MobileNumber;
import org.smartcourt.accounts.SmsGateway;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 手机验证: sends a six-digit 短信验证码 (at most one per minute per number and a configured number per hour per
 * client address) and checks it once. A wrong guess is counted in a transaction of its own, so the count survives
 * the rollback of the registration that carried the guess.
 */
@Service
public class PhoneVerification {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SmsGateway sms;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final TransactionTemplate separate;
	private final AttemptRateLimiter perMobile;
	private final AttemptRateLimiter perAddress;
	private final SecureRandom random = new SecureRandom();

	PhoneVerification(JdbcClient jdbc, Clock clock, SmsGateway sms, AuditTrail audit, MessageSource messages,
			PlatformTransactionManager transactions,
			@Value("${smartcourt.registration.otp-resend-interval:60s}") Duration resendInterval,
			@Value("${smartcourt.registration.otp-sends-per-address-per-hour:10}") int perAddressPerHour) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sms = sms;
		this.audit = audit;
		this.messages = messages;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.perMobile = new AttemptRateLimiter(1, resendInterval, clock);
		this.perAddress = new AttemptRateLimiter(perAddressPerHour, Duration.ofHours(1), clock);
	}

	/**
	 * Replaces any pending code for the number with a new one and texts it.
	 *
	 * @return when the new code expires.
	 * @throws DomainException {@code TOO_MANY_REQUESTS} when the number or the address asked too often.
	 */
	@Transactional
	public Instant send(MobileNumber mobile, String clientAddress) {
		if (!perMobile.tryAcquire(mobile.value()) || !perAddress.tryAcquire(String.valueOf(clientAddress))) {
			audit.record("accounts.otp.send", "mobile", mobile.masked(), AuditOutcome.DENIED, "rate limited");
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "too-many-requests",
					"problem.otp-too-frequent.detail");
		}
		String code = String.format("%06d", random.nextInt(1_000_000));
		Instant now = clock.instant();
		PendingCode pending = PendingCode.issue(mobile.value(), code, now);
		jdbc.sql("""
				insert into phone_verification (mobile, code_hash, expires_at, attempts, created_at)
				values (?, ?, ?, 0, ?)
				on conflict (mobile) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at,
				       attempts = 0, created_at = excluded.created_at""")
			.params(mobile.value(), pending.codeHash(), Timestamp.from(pending.expiresAt()), Timestamp.from(now))
			.update();
		try {
			sms.send(mobile, messages.getMessage("sms.registration-code",
					new Object[] { code, PendingCode.VALIDITY.toMinutes() }, Locale.SIMPLIFIED_CHINESE));
		}
		catch (SmsGateway.SmsDeliveryException ex) {
			audit.record("accounts.otp.send", "mobile", mobile.masked(), AuditOutcome.FAILURE, ex.getMessage());
			throw new DomainException(DomainException.Kind.UNAVAILABLE, "sms-unavailable",
					"problem.sms-unavailable.detail");
		}
		audit.record("accounts.otp.send", "mobile", mobile.masked(), AuditOutcome.SUCCESS, null);
		return pending.expiresAt();
	}

	/**
	 * Uses up the pending code of the number, inside the caller's transaction (a rolled-back registration leaves the
	 * code usable).
	 *
	 * @throws DomainException {@code INVALID_INPUT} on field {@code code} when it is wrong or expired;
	 *         {@code TOO_MANY_REQUESTS} ({@code otp-locked}) once {@value PendingCode#MAX_ATTEMPTS} guesses failed.
	 */
	@Transactional
	public void consume(MobileNumber mobile, String code) {
		Instant now = clock.instant();
		PendingCode pending = jdbc.sql("select code_hash, expires_at, attempts from phone_verification where mobile = ?")
			.param(mobile.value())
			.query((rs, n) -> new PendingCode(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
			.optional()
			.orElse(null);
		PendingCode.Check check = pending == null ? PendingCode.Check.EXPIRED : pending.check(mobile.value(), code, now);
		switch (check) {
			case MATCH -> {
				int removed = jdbc.sql("delete from phone_verification where mobile = ? and code_hash = ?")
					.params(mobile.value(), pending.codeHash())
					.update();
				if (removed != 1) {
					throw codeProblem("expired", "validation.otp.expired");
				}
			}
			case EXPIRED -> throw codeProblem("expired", "validation.otp.expired");
			case LOCKED -> throw locked();
			case WRONG -> {
				separate.executeWithoutResult(status -> jdbc
					.sql("update phone_verification set attempts = attempts + 1 where mobile = ?")
					.param(mobile.value())
					.update());
				audit.record("accounts.otp.verify", "mobile", mobile.masked(), AuditOutcome.FAILURE, "wrong code");
				int remaining = pending.remainingAfterWrongGuess();
				if (remaining == 0) {
					throw locked();
				}
				throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
						List.of(new FieldProblem("code", "wrong", "validation.otp.wrong", List.of(remaining))));
			}
		}
	}

	private static DomainException codeProblem(String problem, String key) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem("code", problem, key)));
	}

	private static DomainException locked() {
		return new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "otp-locked", "problem.otp-locked.detail");
	}
}
