package org.smartcourt.cases.web.clock;

import java.time.Instant;
import java.time.LocalDate;

import org.smartcourt.cases.internal.clock.ExtensionRequest;

/** 延长审限申请, for court staff only. */
record ExtensionRequestResponse(String id, int nth, int requestedLength, String requestedUnit, String reason,
		String requestedBy, Instant requestedAt, LocalDate dueWhenRequested, String approver, String approverLevel,
		String approverCourt, String citation, String status, Integer approvedLength, String decidedBy,
		Instant decidedAt, boolean decidedLate, String decisionNote) {

	static ExtensionRequestResponse of(ExtensionRequest r) {
		return new ExtensionRequestResponse(r.id().toString(), r.nth(), r.requestedLength(), r.requestedUnit().name(),
				r.reason(), r.requestedBy(), r.requestedAt(), r.dueWhenRequested(), r.approver(), r.approverLevel(),
				r.approverCourt().value(), r.citation(), r.status().name(), r.approvedLength(), r.decidedBy(),
				r.decidedAt(), r.decidedLate(), r.decisionNote());
	}
}
