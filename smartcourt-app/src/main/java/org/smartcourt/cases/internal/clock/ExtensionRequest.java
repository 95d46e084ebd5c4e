package org.smartcourt.cases.internal.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.shared.CourtId;

/**
 * 延长审限申请: who asked for how long and why, who decides (本院院长 or the court above) and the decision.
 *
 * @param nth 1 for the first extension of the period, 2 for the second…
 * @param dueWhenRequested the last day of the period when the request was made.
 * @param approverLevel {@code COURT} (本院院长) or {@code HIGHER_COURT}.
 * @param approverCourt the court whose 院长 decides.
 * @param approver who decides, as shown (e.g. 本院院长).
 * @param decidedLate whether the decision came after the day the rule sets for it (2019 规定 art. 1).
 */
public record ExtensionRequest(UUID id, CaseId caseId, int nth, int requestedLength, PeriodUnit requestedUnit,
		String reason, String requestedBy, Instant requestedAt, LocalDate dueWhenRequested, String approverLevel,
		CourtId approverCourt, String approver, String citation, Status status, Integer approvedLength,
		String decidedBy, Instant decidedAt, boolean decidedLate, String decisionNote) {

	/** Where a request stands. */
	public enum Status {
		PENDING, APPROVED, REFUSED;

		public String labelKey() {
			return "clock.extension.status." + name();
		}
	}

	public boolean isPending() {
		return status == Status.PENDING;
	}

	public boolean goesUp() {
		return "HIGHER_COURT".equals(approverLevel);
	}
}
