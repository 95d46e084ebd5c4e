package org.smartcourt.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The facts of cases for the statistics module, without access checks (it acts for the court's management). */
public interface CaseStatistics {

	/** The facts of one case, or empty when no case has that id. */
	Optional<CaseFacts> facts(CaseId id);

	/** The facts of those of these cases that exist, in no particular order. */
	List<CaseFacts> facts(Collection<CaseId> ids);

	/**
	 * The facts of up to {@code limit} cases whose ids follow {@code after} (or from the first when {@literal null}),
	 * in id order, for rebuilding a projection in batches.
	 */
	List<CaseFacts> batchAfter(CaseId after, int limit);
}
