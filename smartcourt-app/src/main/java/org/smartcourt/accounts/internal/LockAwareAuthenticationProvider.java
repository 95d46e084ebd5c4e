package org.smartcourt.accounts.internal;

import java.time.Clock;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password check, with the lock looked at twice: before the password (as usual) and again after it, from the
 * database. A guess that was already being checked when parallel wrong guesses locked the account is refused even if
 * it is right, so the lock cannot be raced open.
 */
@Component
class LockAwareAuthenticationProvider extends DaoAuthenticationProvider {

	LockAwareAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
			UserAccountRepository accounts, Clock clock) {
		super(users);
		setPasswordEncoder(encoder);
		setPostAuthenticationChecks(user -> {
			boolean lockedMeanwhile = accounts.findByUsername(user.getUsername())
				.map(account -> account.isLockedAt(clock.instant()))
				.orElse(true);
			if (lockedMeanwhile) {
				throw new LockedException("locked while the password was being checked");
			}
		});
	}
}
