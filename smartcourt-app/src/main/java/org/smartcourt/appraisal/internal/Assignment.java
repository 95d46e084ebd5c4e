package org.smartcourt.appraisal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One institution entrusted with an entrustment (round 1, then again after a refusal or a late report).
 *
 * @param via AGREED (当事人协商一致) or DRAWN (随机摇号).
 * @param letterSha256 the stored 委托书.
 * @param acceptedOn the day the entrustment took effect (the 鉴定期限 runs from the next day).
 * @param undertakingAt when the 承诺书 (证据规定 art. 33) was confirmed in the portal.
 * @param outcome ACTIVE, DECLINED, REPORTED, LATE_REPLACED or TERMINATED.
 * @param refund NONE, DUE (证据规定 art. 35 para. 2) or REFUNDED.
 */
public record Assignment(UUID id, UUID entrustmentId, int round, UUID institutionId, String via, UUID drawId,
		Instant assignedAt, String letterSha256, LocalDate acceptedOn, Instant undertakingAt, LocalDate dueOn,
		String declinedReason, String reportSha256, String reportName, LocalDate reportOn, String outcome,
		Instant lateFlaggedAt, Instant warnedAt, BigDecimal feeQuoted, BigDecimal feePaid, String feePaidBy,
		String refund, String attendance) {

	public boolean active() {
		return "ACTIVE".equals(outcome);
	}

	public boolean accepted() {
		return acceptedOn != null;
	}

	/** This assignment with its 鉴定期限 as now computed. */
	Assignment withDue(LocalDate due) {
		return new Assignment(id, entrustmentId, round, institutionId, via, drawId, assignedAt, letterSha256, acceptedOn,
				undertakingAt, due, declinedReason, reportSha256, reportName, reportOn, outcome, lateFlaggedAt, warnedAt,
				feeQuoted, feePaid, feePaidBy, refund, attendance);
	}

	/** This assignment ended with the outcome given (and the reason, when it declined). */
	Assignment withOutcome(String outcome, String declinedReason) {
		return new Assignment(id, entrustmentId, round, institutionId, via, drawId, assignedAt, letterSha256, acceptedOn,
				undertakingAt, dueOn, declinedReason == null ? this.declinedReason : declinedReason, reportSha256,
				reportName, reportOn, outcome, lateFlaggedAt, warnedAt, feeQuoted, feePaid, feePaidBy, refund, attendance);
	}
}
