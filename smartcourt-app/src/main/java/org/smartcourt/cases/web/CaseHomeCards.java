package org.smartcourt.cases.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.internal.assignment.Assignments;
import org.smartcourt.cases.internal.clock.ClockListRow;
import org.smartcourt.cases.internal.clock.ClockQueries;
import org.smartcourt.cases.internal.clock.ExtensionCommands;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.HomeCard;
import org.smartcourt.shared.HomeCards;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * What waits on the home page: a litigant's own cases; a judge's (or assistant's, clerk's) open cases with those
 * near or past their 审限 first; the 待分案 queue for those who assign; extension requests for the 院长.
 */
@Component
class CaseHomeCards implements HomeCards {

	private static final int ITEMS = 5;
	private static final Set<Role> TEAM = EnumSet.of(Role.JUDGE, Role.ASSISTANT, Role.CLERK, Role.DIVISION_HEAD,
			Role.PRESIDENT);
	private static final Set<Role> ASSIGNERS = EnumSet.of(Role.FILING_CLERK, Role.DIVISION_HEAD, Role.PRESIDENT);

	private final Cases cases;
	private final ClockQueries clocks;
	private final ExtensionCommands extensions;
	private final Assignments assignments;

	CaseHomeCards(Cases cases, ClockQueries clocks, ExtensionCommands extensions, Assignments assignments) {
		this.cases = cases;
		this.clocks = clocks;
		this.extensions = extensions;
		this.assignments = assignments;
	}

	@Override
	public List<HomeCard> cardsFor(Actor actor) {
		List<HomeCard> cards = new ArrayList<>();
		if (!actor.isStaff()) {
			List<CaseOverview> own = cases.casesOfParty(actor);
			cards.add(new HomeCard(10, "case.home.mine", "case.home.mine.summary", List.of(own.size()), "/cases/mine",
					own.stream()
						.limit(ITEMS)
						.map(c -> new HomeCard.Item(c.registration().caseNumber().format() + " "
								+ c.registration().title(), "/cases/" + c.id()))
						.toList()));
			return cards;
		}
		if (TEAM.contains(actor.role())) {
			List<ClockListRow> mine = clocks.assigned(actor);
			long near = mine.stream().filter(r -> "NEAR_EXPIRY".equals(r.status())).count();
			long over = mine.stream().filter(r -> "OVERDUE".equals(r.status())).count();
			if (!mine.isEmpty() || actor.is(Role.JUDGE)) {
				cards.add(new HomeCard(10, "case.home.assigned", "case.home.assigned.summary",
						List.of(mine.size(), near, over), "/cases/assigned",
						mine.stream()
							.sorted(Comparator.comparing(ClockListRow::due,
									Comparator.nullsLast(Comparator.naturalOrder())))
							.limit(ITEMS)
							.map(r -> new HomeCard.Item(r.caseNumber() + (r.due() == null ? "" : " 审限届满 " + r.due()),
									"/cases/" + r.caseId()))
							.toList()));
			}
		}
		if (ASSIGNERS.contains(actor.role())) {
			int queued = assignments.queue(actor).size();
			cards.add(new HomeCard(20, "case.home.queue", "case.home.queue.summary", List.of(queued),
					"/cases/assignment", List.of()));
		}
		if (actor.is(Role.PRESIDENT)) {
			int pending = extensions.pendingFor(actor).size();
			cards.add(new HomeCard(30, "case.home.extensions", "case.home.extensions.summary", List.of(pending),
					"/cases/extensions", List.of()));
		}
		return cards;
	}
}
