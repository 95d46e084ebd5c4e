package org.smartcourt.accounts.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the lockout rule of {@link UserAccount} to every password login, by form or API: the row is locked while
 * counting, so parallel wrong guesses cannot slip past the limit. Every sign-in, good or bad, is audited.
 */
@Component
class LoginLockout {

	private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

	private final UserAccountRepository accounts;
	private final Clock clock;
	private final AuditTrail audit;

	LoginLockout(UserAccountRepository accounts, Clock clock, AuditTrail audit) {
		this.accounts = accounts;
		this.clock = clock;
		this.audit = audit;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token)) {
			return;
		}
		String username = String.valueOf(token.getPrincipal()).trim();
		accounts.findByUsernameForUpdate(username).ifPresentOrElse(account -> {
			UserAccount.FailedLogin result = account.recordFailedLogin(clock.instant());
			accounts.update(account);
			audit.record(account.toActor(), "account.login", "account", account.id().toString(),
					AuditOutcome.FAILURE, switch (result) {
						case COUNTED -> "wrong password";
						case LOCKED_NOW -> "wrong password; account locked";
						case ALREADY_LOCKED -> "wrong password; account already locked";
					});
			if (result == UserAccount.FailedLogin.LOCKED_NOW) {
				log.warn("Account {} locked until {}", account.username(), account.lockedUntil().orElseThrow());
			}
		}, () -> audit.record(null, "account.login", "account", null, AuditOutcome.FAILURE,
				"unknown username " + username.substring(0, Math.min(username.length(), 64))));
	}

	@EventListener
	@Transactional
	public void onLocked(AuthenticationFailureLockedEvent event) {
		accounts.findByUsername(event.getAuthentication().getName().trim())
			.ifPresent(account -> audit.record(account.toActor(), "account.login", "account",
					account.id().toString(), AuditOutcome.DENIED, "account locked"));
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		accounts.findByUsernameForUpdate(event.getAuthentication().getName()).ifPresent(account -> {
			if (account.failedAttempts() > 0 || account.lockedUntil().isPresent()) {
				account.recordSuccessfulLogin();
				accounts.update(account);
			}
			audit.record(account.toActor(), "account.login", "account", account.id().toString(),
					AuditOutcome.SUCCESS, null);
		});
	}
}
