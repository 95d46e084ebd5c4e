package org.smartcourt.casefile.internal.documents;

import java.util.LinkedHashSet;
import java.util.Set;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.PartySide;
import org.smartcourt.notification.Inbox;
import org.springframework.stereotype.Component;

/**
 * Tells the accounts that act for a party on the platform that a document was served there (站内消息).
 */
@Component
class DeliveryNotice {

	private final AccountDirectory accounts;
	private final Inbox inbox;

	DeliveryNotice(AccountDirectory accounts, Inbox inbox) {
		this.accounts = accounts;
		this.inbox = inbox;
	}

	void send(CaseOverview overview, CaseParty addressee, String title) {
		Set<String> usernames = actingAccounts(overview, addressee);
		String caseNumber = overview.registration().caseNumber().format();
		String body = "本院已向" + addressee.name() + "电子送达" + title + "（" + caseNumber + "），请在案件页面的“文书与送达”中查阅、下载。";
		usernames.forEach(username -> accounts.idOf(username)
			.ifPresent(id -> inbox.deliver(id, "新的诉讼文书：" + title, body, "/cases/" + overview.id())));
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
