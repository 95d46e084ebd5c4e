package org.smartcourt.hearings.web;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.smartcourt.hearings.Hearing;
import org.smartcourt.hearings.Hearings;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.HomeCard;
import org.smartcourt.shared.HomeCards;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/** 今日开庭 on the workbench of those who sit or record hearings. */
@Component
class HearingHomeCards implements HomeCards {

	private static final Set<Role> SITTING = EnumSet.of(Role.JUDGE, Role.ASSISTANT, Role.CLERK, Role.DIVISION_HEAD,
			Role.PRESIDENT);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Hearings hearings;

	HearingHomeCards(Hearings hearings) {
		this.hearings = hearings;
	}

	@Override
	public List<HomeCard> cardsFor(Actor actor) {
		if (!actor.isStaff() || !SITTING.contains(actor.role())) {
			return List.of();
		}
		List<Hearing> today = hearings.today(actor);
		return List.of(new HomeCard(15, "hearing.home.today", "hearing.home.today.summary", List.of(today.size()),
				"/hearings/today",
				today.stream()
					.map(h -> new HomeCard.Item(TIME.format(h.start()) + " " + h.caseNumber() + " "
							+ (h.online() ? "在线庭审" : h.courtroomName()), "/cases/" + h.caseId()))
					.toList()));
	}
}
