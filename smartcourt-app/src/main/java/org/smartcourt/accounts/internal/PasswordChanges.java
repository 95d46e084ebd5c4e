package org.smartcourt.accounts.internal;

import java.time.Clock;
import java.time.Duration;

import org.smartcourt.accounts.PasswordPolicy;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 修改密码: the signed-in person proves the current password and sets a new one that meets the {@link PasswordPolicy},
 * differs from the current one and is typed twice alike. Wrong current passwords are limited per account.
 */
@Service
public class PasswordChanges {

	private final UserAccountRepository accounts;
	private final PasswordEncoder encoder;
	private final AuditTrail audit;
	private final Clock clock;
	private final AttemptRateLimiter wrongGuesses;

	PasswordChanges(UserAccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.wrongGuesses = new AttemptRateLimiter(5, Duration.ofMinutes(15), clock);
	}

	/**
	 * @throws DomainException {@code INVALID_INPUT} with problems on {@code currentPassword}, {@code newPassword}
	 *         or {@code confirmation}; {@code TOO_MANY_REQUESTS} after five wrong current passwords in 15 minutes.
	 */
	@Transactional
	public void change(Actor actor, String currentPassword, String newPassword, String confirmation) {
		Registrations.Problems problems = new Registrations.Problems();
		if (currentPassword == null || currentPassword.isEmpty()) {
			problems.add("currentPassword", "required", "validation.password.required");
		}
		PasswordPolicy.violation(newPassword).ifPresent(key -> problems.add("newPassword", "policy", key));
		if (newPassword != null && !newPassword.equals(confirmation)) {
			problems.add("confirmation", "mismatch", "validation.password.mismatch");
		}
		problems.throwIfAny();
		UserAccount account = accounts.findByUsernameForUpdate(actor.username())
			.orElseThrow(() -> DomainException.notFound("account-not-found", "problem.account-not-found.detail"));
		if (!encoder.matches(currentPassword, account.passwordHash())) {
			audit.record(actor, "accounts.password.change", "user_account", account.id().toString(),
					AuditOutcome.FAILURE, "wrong current password");
			if (!wrongGuesses.tryAcquire(account.id().toString())) {
				throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "too-many-requests",
						"problem.too-many-requests.detail");
			}
			problems.add("currentPassword", "wrong", "validation.password.current-wrong");
			problems.throwIfAny();
		}
		if (encoder.matches(newPassword, account.passwordHash())) {
			problems.add("newPassword", "unchanged", "validation.password.unchanged");
			problems.throwIfAny();
		}
		account.changePassword(encoder.encode(newPassword), clock.instant());
		accounts.update(account);
		audit.record(actor, "accounts.password.change", "user_account", account.id().toString(),
				AuditOutcome.SUCCESS, null);
	}
}
