package org.smartcourt.hotline.web;

import java.util.ArrayList;
import java.util.List;

import org.smartcourt.hotline.internal.DeskQueue;
import org.smartcourt.hotline.internal.HotlineQueries;
import org.smartcourt.hotline.internal.HotlineRequest;
import org.smartcourt.hotline.internal.HotlineScope;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.HomeCard;
import org.smartcourt.shared.HomeCards;
import org.springframework.stereotype.Component;

/**
 * 12368 on the home page: for the desk, what is new, overdue and awaiting a callback; for staff who answer requests,
 * their 12368 待办 with the due dates.
 */
@Component
class HotlineHomeCards implements HomeCards {

	private static final int ITEMS = 5;

	private final HotlineQueries queries;

	HotlineHomeCards(HotlineQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<HomeCard> cardsFor(Actor actor) {
		List<HomeCard> cards = new ArrayList<>();
		if (HotlineScope.isDesk(actor)) {
			DeskQueue q = queries.queue(actor);
			cards.add(new HomeCard(30, "hotline.home.desk", "hotline.home.desk.summary",
					List.of(q.fresh().size(), q.overdue().size(), q.awaitingCallback().size()), "/hotline/desk",
					items(q.overdue())));
		}
		else if (actor.isStaff()) {
			List<HotlineRequest> todo = queries.todo(actor);
			if (!todo.isEmpty()) {
				cards.add(new HomeCard(30, "hotline.todo.title", "hotline.home.todo.summary", List.of(todo.size()),
						"/hotline/todo", items(todo)));
			}
		}
		return cards;
	}

	private static List<HomeCard.Item> items(List<HotlineRequest> list) {
		return list.stream()
			.limit(ITEMS)
			.map(r -> new HomeCard.Item(r.number() + " " + r.subject() + "（" + r.dueOn() + "前答复）",
					"/hotline/requests/" + r.id()))
			.toList();
	}
}
