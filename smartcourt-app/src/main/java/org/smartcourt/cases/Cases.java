package org.smartcourt.cases;

import java.util.List;
import java.util.Optional;

import org.smartcourt.shared.Actor;

/**
 * Reading cases with the platform's access rules: staff of the case's court or a court above it see it at the
 * {@link Audience#COURT} level; a litigant or lawyer who filed it or is linked to one of its parties sees it at the
 * {@link Audience#PARTIES} level; anyone else is told it does not exist (so existence does not leak).
 */
public interface Cases {

	/** The case, without an access check, for modules acting on the court's behalf. */
	Optional<CaseOverview> find(CaseId id);

	/**
	 * The case and the viewer's level, for a person; every successful read is audited.
	 *
	 * @throws org.smartcourt.shared.DomainException (not found) when the case is unknown or outside their scope.
	 */
	CaseView view(Actor actor, CaseId id);

	/** The level at which {@code actor} may see the case, if at all; not audited. */
	Optional<Audience> levelFor(Actor actor, CaseOverview overview);

	/** Open and closed cases a litigant or lawyer may see, newest first. */
	List<CaseOverview> casesOfParty(Actor actor);

	/** A case with the level at which the viewer sees it. */
	record CaseView(CaseOverview overview, Audience level) {
	}
}
