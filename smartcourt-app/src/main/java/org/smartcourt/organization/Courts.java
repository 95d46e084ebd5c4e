package org.smartcourt.organization;

import java.util.List;
import java.util.Optional;

import org.smartcourt.shared.CourtId;

/** The court hierarchy, as loaded from the reference data. */
public interface Courts {

	/**
	 * A court as other modules see it.
	 *
	 * @param code the 法院代字 (e.g. 吉01); empty for a 人民法庭, which issues case numbers of its basic court.
	 * @param codeConfirmed whether the code was seen in official use, as opposed to derived by rule.
	 */
	record CourtSummary(CourtId id, String name, String code, CourtLevel level, CourtId parent,
			boolean codeConfirmed) {
	}

	Optional<CourtSummary> find(CourtId id);

	List<CourtSummary> all();

	/** Whether {@code court} is {@code ancestor} itself or lies below it in the hierarchy. */
	boolean isWithin(CourtId court, CourtId ancestor);
}
