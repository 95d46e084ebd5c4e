package org.smartcourt.hotline;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.Role;

/** Demo users as {@link Actor}s, for tests that call the hotline's services directly. */
final class HotlineActors {

	private final AccountDirectory accounts;
	private final Staffing staffing;

	HotlineActors(AccountDirectory accounts, Staffing staffing) {
		this.accounts = accounts;
		this.staffing = staffing;
	}

	Actor staff(String username, Role role) {
		var staff = staffing.byUsername(username).orElseThrow();
		return new Actor(accounts.idOf(username).orElseThrow(), username, staff.name(), role, staff.court());
	}

	Actor agent() {
		return staff("hotline", Role.HOTLINE);
	}

	Actor litigant(String username) {
		return new Actor(accounts.idOf(username).orElseThrow(), username, username, Role.LITIGANT, null);
	}
}
