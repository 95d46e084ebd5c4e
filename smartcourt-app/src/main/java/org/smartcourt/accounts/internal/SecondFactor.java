package org.smartcourt.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.smartcourt.shared.SmartCourtMode;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.smartcourt.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 双因素认证 with a {@link Totp} 动态口令. Anyone may enrol; an account that has enrolled must give a code at every
 * sign-in, and in {@link SmartCourtMode#PRODUCTION} an IT admin (技术处) must enrol before using the platform.
 * Code checks are limited per account (10 per 5 minutes), so six digits cannot be guessed, and a code is accepted
 * only once (RFC 6238 section 5.2): its time step must be later than the last one the account used.
 */
@Service
public class SecondFactor {

	static final String ISSUER = "吉林法院智慧法院";

	private final UserAccountRepository accounts;
	private final JdbcClient jdbc;
	private final SmartCourtMode mode;
	private final AuditTrail audit;
	private final Clock clock;
	private final AttemptRateLimiter attempts;
	private final SecureRandom random = new SecureRandom();

	SecondFactor(UserAccountRepository accounts, JdbcClient jdbc, SmartCourtMode mode, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.mode = mode;
		this.audit = audit;
		this.clock = clock;
		this.attempts = new AttemptRateLimiter(10, Duration.ofMinutes(5), clock);
	}

	/** Whether signing in to this account needs a code (or, not yet enrolled, an enrolment) after the password. */
	public boolean required(UserId user) {
		return accounts.findById(user).map(this::required).orElse(false);
	}

	boolean required(UserAccount account) {
		return account.totpSecret().isPresent() || enrolmentForced(account);
	}

	boolean enrolmentForced(UserAccount account) {
		return account.role() == Role.IT_ADMIN && mode == SmartCourtMode.PRODUCTION;
	}

	public boolean enrolled(UserId user) {
		return accounts.findById(user).flatMap(UserAccount::totpSecret).isPresent();
	}

	/** A new random 160-bit secret in base32, not yet stored: it is stored when the person confirms a code. */
	public String newSecret() {
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		return Base32.encode(secret);
	}

	public String keyUri(String username, String secret) {
		return Totp.uri(ISSUER, username, secret);
	}

	/**
	 * Stores the secret once the person shows a code made from it.
	 *
	 * @throws DomainException {@code INVALID_INPUT} on field {@code code} for a wrong code.
	 */
	@Transactional
	public void enrol(UserId user, String secret, String code) {
		UserAccount account = accounts.findById(user)
			.orElseThrow(() -> DomainException.notFound("account-not-found", "problem.account-not-found.detail"));
		check(account, secret, code);
		account.enrollTotp(secret);
		accounts.update(account);
		audit.record(account.toActor(), "accounts.totp.enrol", "user_account", user.toString(), AuditOutcome.SUCCESS,
				null);
	}

	/**
	 * Checks a code against the account's enrolled secret.
	 *
	 * @throws DomainException {@code INVALID_INPUT} on field {@code totp}, or {@code TOO_MANY_REQUESTS}.
	 */
	public void verify(UserId user, String code) {
		UserAccount account = accounts.findById(user)
			.orElseThrow(() -> DomainException.notFound("account-not-found", "problem.account-not-found.detail"));
		String secret = account.totpSecret()
			.orElseThrow(() -> DomainException.forbidden("totp-enrolment-required",
					"problem.totp-enrolment-required.detail"));
		check(account, secret, code);
	}

	/** Records the step as used; false when this or a later step was used already (a replayed code). */
	private boolean firstUse(UserAccount account, long step) {
		return jdbc.sql("""
				insert into totp_used_step (user_id, last_step) values (?, ?)
				on conflict (user_id) do update set last_step = excluded.last_step
				 where totp_used_step.last_step < excluded.last_step""")
			.params(account.id().value(), step)
			.update() == 1;
	}

	private void check(UserAccount account, String secret, String code) {
		if (!attempts.tryAcquire(account.id().toString())) {
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "too-many-requests",
					"problem.too-many-requests.detail");
		}
		OptionalLong step = Totp.matchingStep(Base32.decode(secret), code, clock.instant());
		if (step.isEmpty() || !firstUse(account, step.getAsLong())) {
			audit.record(account.toActor(), "accounts.totp.verify", "user_account", account.id().toString(),
					AuditOutcome.FAILURE, "wrong code");
			throw DomainException.invalid("totp-invalid", "problem.totp-invalid.detail",
					List.of(new FieldProblem("totp", "wrong", "validation.totp.wrong")));
		}
	}
}
