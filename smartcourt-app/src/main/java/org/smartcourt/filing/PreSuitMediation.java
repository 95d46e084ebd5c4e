package org.smartcourt.filing;

import java.util.List;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;

/**
 * 诉前调解 of a filing, for the mediation module: a submitted application is diverted with the applicant's consent
 * and waits, outside the registration queue and without a running decision period, until the mediation ends. If it
 * fails it comes back to the queue with a decision period counted afresh from that day (《人民法院在线调解规则》
 * art. 21: 人民法院应当依法登记立案); if it succeeds the application ends as settled (art. 20). Every step is audited
 * and goes on the filer's status trail.
 */
public interface PreSuitMediation {

	/** Civil applications before the court awaiting its decision (待审查), oldest first. */
	List<Filing> awaitingDecision(CourtId court);

	/**
	 * Diverts a submitted application; only a filing clerk of the court with jurisdiction may.
	 *
	 * @param note what the trail says, e.g. the 民诉前调 case number.
	 * @throws org.smartcourt.shared.DomainException 404 for another court's or an unknown filing, 409 when it is not
	 *         awaiting a decision.
	 */
	Filing divert(Actor clerk, FilingId id, String note);

	/** The mediation failed or ended without agreement: back to the registration queue with a new decision period. */
	Filing resume(Actor actor, FilingId id, String note);

	/** The mediation settled the dispute: the application ends without registration. */
	Filing closeAsMediated(Actor actor, FilingId id, String note);
}
