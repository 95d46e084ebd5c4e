package org.smartcourt.hotline.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of requests, each within the reader's scope: the desk's queue and search, 12368 待办, and one's own. */
@Service
@Transactional(readOnly = true)
public class HotlineQueries {

	private static final String OPEN = "status in ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS')";

	private final RequestRepository requests;
	private final HotlineScope scope;

	HotlineQueries(RequestRepository requests, HotlineScope scope) {
		this.requests = requests;
		this.scope = scope;
	}

	public DeskQueue queue(Actor actor) {
		Set<CourtId> courts = deskCourts(actor);
		return new DeskQueue(requests.atCourts(courts, "status = 'RECEIVED' and not overdue", Map.of()),
				requests.atCourts(courts, "status in ('ASSIGNED', 'IN_PROGRESS') and not overdue", Map.of()),
				requests.atCourts(courts, OPEN + " and overdue", Map.of()),
				requests.atCourts(courts, "status = 'ANSWERED'", Map.of()));
	}

	/** By 受理编号, 案号 or phone number (exact), or by part of the caller's name. */
	public List<HotlineRequest> search(Actor actor, String query) {
		Set<CourtId> courts = deskCourts(actor);
		if (query == null || query.isBlank()) {
			return List.of();
		}
		String q = query.strip();
		return requests.atCourts(courts,
				"number = :q or case_number = :q or caller_phone = :q or position(:q in caller_name) > 0",
				Map.of("q", q));
	}

	/** 来电历史: every request from this phone number, or from the account the caller was verified as. */
	public List<HotlineRequest> history(Actor actor, String phone, String username) {
		Set<CourtId> courts = deskCourts(actor);
		if ((phone == null || phone.isBlank()) && (username == null || username.isBlank())) {
			return List.of();
		}
		return requests.atCourts(courts, "caller_phone = :phone or requester_username = :user",
				Map.of("phone", phone == null ? "" : phone.strip(), "user", username == null ? "" : username.strip()));
	}

	/** 12368 待办: open requests routed to the reader, and for a judge's assistant and clerk those of the judge's cases. */
	public List<HotlineRequest> todo(Actor actor) {
		if (!actor.isStaff()) {
			return List.of();
		}
		return requests.atCourts(scope.courts(actor), OPEN + " and (assignee_username = :me or (case_id is not null"
				+ " and assignee_role = 'JUDGE'))", Map.of("me", actor.username()))
			.stream()
			.filter(r -> scope.handles(actor, r))
			.toList();
	}

	/** A litigant's or lawyer's own requests (我的诉求). */
	public List<HotlineRequest> mine(Actor actor) {
		return requests.where("requester_username = :me", Map.of("me", actor.username()));
	}

	private Set<CourtId> deskCourts(Actor actor) {
		if (!HotlineScope.isDesk(actor)) {
			throw DomainException.forbidden("hotline-desk-only", "problem.hotline-desk-only.detail");
		}
		return scope.courts(actor);
	}
}
