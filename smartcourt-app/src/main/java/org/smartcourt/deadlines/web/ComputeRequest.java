package org.smartcourt.deadlines.web;

import java.util.List;

/**
 * {@code POST /api/v1/deadlines/compute}.
 *
 * @param ruleId the rule, e.g. {@code civil-first-simple}.
 * @param start the start event's date {@code 2026-03-02}, or date-time {@code 2026-03-02T10:00} for hour periods.
 * @param exclusions excluded intervals, both days included.
 * @param inCustody criminal rules only: the defendant is in custody.
 */
record ComputeRequest(String ruleId, String start, List<ExclusionRequest> exclusions, Boolean inCustody) {

	record ExclusionRequest(String from, String to, String reason) {
	}

	List<DeadlineInput.ExclusionText> exclusionTexts() {
		return exclusions == null ? List.of()
				: exclusions.stream().map(e -> new DeadlineInput.ExclusionText(e.from(), e.to(), e.reason())).toList();
	}
}
