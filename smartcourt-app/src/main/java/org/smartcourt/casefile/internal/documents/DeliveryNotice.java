package org.smartcourt.casefile.internal.documents;

import java.util.LinkedHashSet;
import java.util.Set;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.PartySide;

/**
 * Whether a document can be served on a party on the platform at all: the service module serves it and tells the
 * party (its notices go through the notification service), casefile only refuses an issue-and-serve that could never
 * reach anyone.
 */
final class DeliveryNotice {

	private DeliveryNotice() {
	}

	/**
	 * The platform accounts that act for {@code addressee} (诉讼服务平台专用账号): the party's own, its agents', and for
	 * the plaintiff's side the account that filed the case online. A document can be served on the platform only
	 * when there is one.
	 */
	static Set<String> actingAccounts(CaseOverview overview, CaseParty addressee) {
		Set<String> usernames = new LinkedHashSet<>();
		if (addressee == null) {
			return usernames;
		}
		if (addressee.username() != null) {
			usernames.add(addressee.username());
		}
		overview.parties()
			.stream()
			.filter(p -> p.agent() && Integer.valueOf(addressee.seq()).equals(p.represents()) && p.username() != null)
			.forEach(p -> usernames.add(p.username()));
		if (overview.filerUsername() != null && addressee.side() == PartySide.PLAINTIFF) {
			usernames.add(overview.filerUsername());
		}
		return usernames;
	}
}
