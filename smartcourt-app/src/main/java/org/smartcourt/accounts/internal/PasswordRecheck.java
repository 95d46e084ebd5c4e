package org.smartcourt.accounts.internal;

import java.time.Clock;
import java.time.Duration;

import org.smartcourt.accounts.IdentityRecheck;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** {@link IdentityRecheck} against the stored password hash, with the same limit as a password change. */
@Service
class PasswordRecheck implements IdentityRecheck {

	private final UserAccountRepository accounts;
	private final PasswordEncoder encoder;
	private final AuditTrail audit;
	private final AttemptRateLimiter wrongGuesses;

	PasswordRecheck(UserAccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.wrongGuesses = new AttemptRateLimiter(5, Duration.ofMinutes(15), clock);
	}

	@Override
	public boolean passwordMatches(Actor actor, String password) {
		if (password == null || password.isEmpty()) {
			return false;
		}
		UserAccount account = accounts.findByUsername(actor.username()).orElse(null);
		if (account != null && encoder.matches(password, account.passwordHash())) {
			return true;
		}
		audit.record(actor, "accounts.identity-recheck", "user_account", actor.id().toString(),
				AuditOutcome.FAILURE, "wrong password");
		if (!wrongGuesses.tryAcquire(actor.id().toString())) {
			throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS, "too-many-requests",
					"problem.too-many-requests.detail");
		}
		return false;
	}
}
