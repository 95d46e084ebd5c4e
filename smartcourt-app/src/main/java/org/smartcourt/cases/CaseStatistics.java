package org.smartcourt.cases;

import java.util.Collection;
import java.util.List;

/** The facts of cases for the statistics module, without access checks (it acts for the court's management). */
public interface CaseStatistics {

	/** The facts of those of these cases that exist, in no particular order. */
	List<CaseFacts> facts(Collection<CaseId> ids);
}
