package org.smartcourt.cases.internal.clock;

import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.CaseId;

/**
 * An interval not counted in a case's 审限 (扣除审限), as recorded by the judge: 中止 until resumption, 公告, 鉴定….
 *
 * @param ground for 中止, the item of 民诉法 art. 153; otherwise {@literal null}.
 * @param endedOn the last excluded day, or {@literal null} while it runs.
 */
public record ClockExclusion(UUID id, CaseId caseId, ExclusionKind kind, SuspensionGround ground, String reason,
		String citation, LocalDate startedOn, LocalDate endedOn, String startedBy) {

	public boolean isOpen() {
		return endedOn == null;
	}

	/** Whether [from, to] (to {@literal null}: open-ended) shares a day with this interval. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		boolean startsBeforeMyEnd = endedOn == null || !from.isAfter(endedOn);
		boolean endsAfterMyStart = to == null || !to.isBefore(startedOn);
		return startsBeforeMyEnd && endsAfterMyStart;
	}
}
