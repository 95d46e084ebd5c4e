package org.smartcourt.cases;

import java.util.List;

import org.smartcourt.shared.Actor;

/**
 * 审判流程: every case's docket. Entries are appended, never changed; each publishes {@link DocketEntryRecorded}.
 */
public interface Docket {

	/**
	 * Appends a step; joins the caller's transaction. The caller has checked the actor may take the step.
	 *
	 * @param actor who records it, or {@literal null} for the system.
	 * @throws org.smartcourt.shared.DomainException (not found) for an unknown case; (invalid input) for a blank or
	 *         over-long summary.
	 */
	DocketEntry record(CaseId caseId, Actor actor, NewDocketEntry entry);

	/** All entries, in order, for the court's own use (case clocks, statistics); no access check. */
	List<DocketEntry> entries(CaseId caseId);

	/** The entries a viewer at {@code level} may see, in order. */
	List<DocketEntry> entriesFor(CaseId caseId, Audience level);
}
