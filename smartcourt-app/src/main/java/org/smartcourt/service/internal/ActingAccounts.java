package org.smartcourt.service.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.PartySide;

/**
 * The platform accounts that act for one entry of a case's party list (诉讼服务平台专用账号): its own account; for a
 * party, its agents' accounts and, on the plaintiff's side, the account that filed the case online.
 */
public record ActingAccounts(CaseOverview overview, CaseParty party) {

	public static Optional<ActingAccounts> of(CaseOverview overview, int seq) {
		return overview.parties().stream().filter(p -> p.seq() == seq).findFirst().map(p -> new ActingAccounts(overview, p));
	}

	public Set<String> usernames() {
		Set<String> usernames = new LinkedHashSet<>();
		if (party.username() != null) {
			usernames.add(party.username());
		}
		if (!party.agent()) {
			overview.parties()
				.stream()
				.filter(p -> p.agent() && Integer.valueOf(party.seq()).equals(p.represents()) && p.username() != null)
				.forEach(p -> usernames.add(p.username()));
			if (overview.filerUsername() != null && party.side() == PartySide.PLAINTIFF) {
				usernames.add(overview.filerUsername());
			}
		}
		return usernames;
	}

	public boolean includes(String username) {
		return username != null && usernames().contains(username);
	}

	/** The account the party itself uses, else the first acting for it: where the platform inbox delivers. */
	public Optional<String> primary() {
		return usernames().stream().findFirst();
	}

	/** The account the case was filed with, when it acts for this party: an address given in the 起诉状. */
	public Optional<String> filingAccount() {
		return !party.agent() && party.side() == PartySide.PLAINTIFF ? Optional.ofNullable(overview.filerUsername())
				: Optional.empty();
	}
}
