package org.smartcourt.cases.web.assignment;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.cases.internal.assignment.DesignationRequest;

/** A 指定分案 or 变更承办法官 request and its decision. */
record DesignationRequestResponse(UUID id, String kind, UUID judgeStaffId, String judgeName, String reason,
		String requestedBy, Instant requestedAt, String status, String decidedBy, Instant decidedAt,
		String decisionNote, UUID assignmentId) {

	static DesignationRequestResponse of(DesignationRequest r) {
		return new DesignationRequestResponse(r.id(), r.kind(), r.judgeStaffId(), r.judgeName(), r.reason(),
				r.requestedBy(), r.requestedAt(), r.status(), r.decidedBy(), r.decidedAt(), r.decisionNote(),
				r.assignmentId());
	}
}
