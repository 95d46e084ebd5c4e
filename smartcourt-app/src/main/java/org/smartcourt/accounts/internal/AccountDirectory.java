package org.smartcourt.accounts.internal;

import java.time.Clock;
import java.util.UUID;

import org.smartcourt.accounts.AccountView;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.smartcourt.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads accounts within the actor's scope: everyone reads their own; an IT admin reads the staff accounts of their
 * court and the courts below it.
 * Anything else is answered as "not found", so account ids cannot be probed.
 */
@Service
public class AccountDirectory {

	private final UserAccountRepository accounts;
	private final CourtHierarchy courts;
	private final Clock clock;

	AccountDirectory(UserAccountRepository accounts, CourtHierarchy courts, Clock clock) {
		this.accounts = accounts;
		this.courts = courts;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public AccountView find(Actor actor, UUID id) {
		UserAccount account = accounts.findById(new UserId(id))
			.filter(a -> mayRead(actor, a))
			.orElseThrow(() -> DomainException.notFound("account-not-found", "problem.account-not-found.detail"));
		return view(account);
	}

	@Transactional(readOnly = true)
	public AccountView me(Actor actor) {
		return accounts.findById(actor.id())
			.map(this::view)
			.orElseThrow(() -> DomainException.notFound("account-not-found", "problem.account-not-found.detail"));
	}

	boolean mayRead(Actor actor, UserAccount account) {
		return account.id().equals(actor.id()) || mayAdminister(actor, account);
	}

	/** An IT admin administers the staff accounts of their court and of the courts below it. */
	boolean mayAdminister(Actor actor, UserAccount account) {
		return actor.is(Role.IT_ADMIN) && account.court().filter(court -> courts.subtree(actor.court()).contains(court))
			.isPresent();
	}

	AccountView view(UserAccount a) {
		return new AccountView(a.id().toString(), a.username(), a.displayName(), a.role(),
				a.court().map(Object::toString).orElse(null), a.mobile().map(AccountDirectory::mask).orElse(null),
				a.enabled(), a.isLockedAt(clock.instant()), a.lockedUntil().orElse(null));
	}

	/** 138****0001: enough for a person to recognise their number, not enough to harvest it. */
	static String mask(String mobile) {
		return mobile.length() < 7 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
	}
}
