package org.smartcourt.accounts.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for password login; a locked account is reported as such before its password is checked. */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;
	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return new SignedInUser(account.toActor(), account.passwordHash(), account.isLockedAt(clock.instant()),
				account.enabled());
	}
}
