package org.smartcourt.shared;

import java.util.Set;

/**
 * The shape of the court tree, as far as data scope needs it. Implemented by the organization module; declared here
 * so that modules organization itself depends on (audit) can check scope without a dependency cycle.
 */
public interface CourtHierarchy {

	/** The court and every court below it (intermediate → basic → 人民法庭). */
	Set<CourtId> subtree(CourtId root);

	/** Whether the court has no parent in this installation (the high court). */
	boolean isTop(CourtId court);
}
