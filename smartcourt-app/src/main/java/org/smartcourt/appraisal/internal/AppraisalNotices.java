package org.smartcourt.appraisal.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.organization.Courts;
import org.springframework.stereotype.Component;

/**
 * Queues the appraisal notices (templates {@code appraisal.*}) to people known by username; unknown names are skipped.
 * Also says whom a case's notice goes to (the responsible judge, the filer and the parties with accounts) and fills the
 * values every template shares (case number, court name, what happened).
 */
@Component
class AppraisalNotices {

	private final Notifications notifications;
	private final AccountDirectory accounts;
	private final Courts courts;

	AppraisalNotices(Notifications notifications, AccountDirectory accounts, Courts courts) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.courts = courts;
	}

	void send(String key, Set<String> usernames, String template, String link, Map<String, String> values) {
		for (String username : usernames) {
			if (username == null) {
				continue;
			}
			accounts.idOf(username).ifPresent(user -> notifications.send(new Message("appraisal:" + key + ":" + username,
					Recipient.user(user), template, new HashMap<>(values), link, Set.of())));
		}
	}

	Map<String, String> values(Entrustment e, String event) {
		Map<String, String> v = new HashMap<>();
		v.put("caseNumber", e.caseNumber());
		v.put("courtName", courts.find(e.court()).map(Courts.CourtSummary::name).orElse(e.court().value()));
		v.put("event", event);
		return v;
	}

	Set<String> partiesOf(CaseOverview overview) {
		Set<String> users = new LinkedHashSet<>();
		if (overview.filerUsername() != null) {
			users.add(overview.filerUsername());
		}
		overview.parties().stream().map(CaseParty::username).filter(Objects::nonNull).forEach(users::add);
		return users;
	}

	Set<String> judgeOf(CaseOverview overview) {
		return overview.responsibleJudge().map(TeamMember::username).filter(Objects::nonNull).map(Set::of).orElse(Set.of());
	}

	Set<String> judgeAndParties(CaseOverview overview) {
		Set<String> all = new LinkedHashSet<>(judgeOf(overview));
		all.addAll(partiesOf(overview));
		return all;
	}
}
