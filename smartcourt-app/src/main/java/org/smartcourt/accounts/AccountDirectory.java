package org.smartcourt.accounts;

import java.util.Optional;

import org.smartcourt.shared.UserId;

/** Finds accounts by username, for modules that know people by username (case teams, parties) and notify them. */
public interface AccountDirectory {

	/** The id of the enabled account with this username, if any. */
	Optional<UserId> idOf(String username);

	/** The mobile and e-mail on the account, {@link AccountContact#NONE} for an unknown one. */
	AccountContact contactOf(UserId user);
}
