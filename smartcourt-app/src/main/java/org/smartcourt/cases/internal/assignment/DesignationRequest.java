package org.smartcourt.cases.internal.assignment;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.cases.CaseId;

/**
 * A request for 指定分案 ({@code DESIGNATE}, for a case still 待分案) or 变更承办法官 ({@code REASSIGN}), with its
 * reason; a 庭长 or 院长 other than the requester approves or refuses it.
 *
 * @param status {@code PENDING}, {@code APPROVED} or {@code REFUSED}.
 * @param assignmentId the assignment made on approval.
 */
public record DesignationRequest(UUID id, CaseId caseId, String kind, UUID judgeStaffId, String judgeName,
		String reason, String requestedBy, Instant requestedAt, String status, String decidedBy, Instant decidedAt,
		String decisionNote, UUID assignmentId) {

	public static final String DESIGNATE = "DESIGNATE";
	public static final String REASSIGN = "REASSIGN";
	public static final String PENDING = "PENDING";

	public boolean isPending() {
		return PENDING.equals(status);
	}

	public String kindLabelKey() {
		return "assignment.request.kind." + kind;
	}

	public String statusLabelKey() {
		return "assignment.request.status." + status;
	}
}
