package org.smartcourt.cases.internal.clock;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.accounts.AccountDirectory;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.notification.Message;
import org.smartcourt.notification.Notifications;
import org.smartcourt.notification.Recipient;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.CourtId;
import org.springframework.stereotype.Component;

/**
 * Notices about a case's 审限 through the notification service (templates {@code cases.clock.*}), to people known by
 * username on their preferred channels; unknown accounts are skipped.
 */
@Component
class ClockNotices {

	private final Notifications notifications;
	private final AccountDirectory accounts;
	private final Staffing staffing;

	ClockNotices(Notifications notifications, AccountDirectory accounts, Staffing staffing) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.staffing = staffing;
	}

	/**
	 * @param key what the notice is about, unique per occurrence (for example
	 *        {@code cases.clock.extension-requested:<request id>}); each recipient's delivery key adds their id.
	 */
	void send(Set<String> usernames, String template, String key, Map<String, String> values, String link) {
		for (String username : usernames) {
			if (username != null) {
				accounts.idOf(username)
					.ifPresent(id -> notifications.send(new Message(key + ":" + id.value(), Recipient.user(id),
							template, values, link, Set.of())));
			}
		}
	}

	/** The 承办法官 and the judges of the panel. */
	static Set<String> bench(CaseOverview overview) {
		Set<String> names = new LinkedHashSet<>();
		overview.team().stream()
			.filter(m -> m.role() == TeamRole.RESPONSIBLE_JUDGE || m.role() == TeamRole.PRESIDING_JUDGE
					|| m.role() == TeamRole.MEMBER_JUDGE)
			.forEach(m -> names.add(m.username()));
		return names;
	}

	/** The 承办法官 and the 法官助理. */
	static Set<String> judgeAndAssistant(CaseOverview overview) {
		Set<String> names = new LinkedHashSet<>();
		overview.inRole(TeamRole.RESPONSIBLE_JUDGE).forEach(m -> names.add(m.username()));
		overview.inRole(TeamRole.ASSISTANT).forEach(m -> names.add(m.username()));
		return names;
	}

	/** The filer and the parties' and agents' accounts. */
	static Set<String> partiesOf(CaseOverview overview) {
		Set<String> names = new LinkedHashSet<>();
		names.add(overview.filerUsername());
		overview.parties().stream().map(CaseParty::username).forEach(names::add);
		return names;
	}

	/** The 庭长 of the case's department. */
	Set<String> divisionHeads(CourtId court, UUID department) {
		Set<String> names = new LinkedHashSet<>();
		if (department != null) {
			staffing.staffAt(court).stream()
				.filter(s -> s.position() == Position.DIVISION_HEAD && department.equals(s.departmentId()))
				.forEach(s -> names.add(s.username()));
		}
		return names;
	}

	/** The 院长 of a court. */
	Set<String> presidents(CourtId court) {
		Set<String> names = new LinkedHashSet<>();
		staffing.staffAt(court).stream()
			.filter(s -> s.position() == Position.PRESIDENT)
			.forEach(s -> names.add(s.username()));
		return names;
	}
}
