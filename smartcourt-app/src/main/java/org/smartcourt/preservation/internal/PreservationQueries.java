package org.smartcourt.preservation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;

/** Lists: the applicant's own, the court queue with its filters, and those serving one case. */
@Service
public class PreservationQueries {

	private final PreservationStore store;
	private final Clock clock;

	PreservationQueries(PreservationStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public List<Application> mine(Actor actor) {
		return store.where("a.filed_by = ?", actor.username());
	}

	/** The applications of the actor's court, ruling clocks first. */
	public List<Application> queue(Actor actor, QueueFilter filter) {
		if (!PreservationScope.isCourt(actor)) {
			throw DomainException.forbidden("preservation-forbidden", "problem.preservation-forbidden.detail");
		}
		QueueFilter f = filter == null ? QueueFilter.ALL : filter;
		String condition = "a.court_id = ? and " + f.condition();
		return f.needsToday() ? store.where(condition, actor.court().value(), LocalDate.now(clock))
				: store.where(condition, actor.court().value());
	}

	/** The preservations serving a case (its 诉讼保全 and converted 诉前保全); the caller checks the viewer's access. */
	public List<Application> ofCase(CaseId caseId) {
		return store.where("a.litigation_case_id = ?", caseId.value());
	}
}
