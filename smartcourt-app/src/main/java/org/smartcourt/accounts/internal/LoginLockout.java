package org.smartcourt.accounts.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the lockout rule of {@link UserAccount} to every password login, by form or API: the row is locked while
 * counting, so parallel wrong guesses cannot slip past the limit.
 */
@Component
class LoginLockout {

	private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);

	private final UserAccountRepository accounts;
	private final Clock clock;

	LoginLockout(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token)) {
			return;
		}
		accounts.findByUsernameForUpdate(String.valueOf(token.getPrincipal()).trim()).ifPresent(account -> {
			account.recordFailedLogin(clock.instant());
			accounts.update(account);
			account.lockedUntil()
				.filter(until -> until.isAfter(clock.instant()))
				.ifPresent(until -> log.warn("Account {} locked until {}", account.username(), until));
		});
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
		});
	}
}
