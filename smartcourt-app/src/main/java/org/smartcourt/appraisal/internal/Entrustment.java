package org.smartcourt.appraisal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.appraisal.EntrustmentStatus;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CourtId;

/**
 * A 委托鉴定 on a case: what the judge asks (证据规定 art. 32: 鉴定事项、范围、目的; the field and whether 重大疑难复杂), the
 * material and the day it was cross-examined (art. 34), and where it stands.
 *
 * @param currentAssignment the institution entrusted now, or {@literal null} while selecting.
 * @param clockExclusion the 鉴定期间 on the case's 审限 clock, once entrusted.
 * @param objectionUntil last day for the parties' objections to the report (art. 37), as the judge set it.
 * @param reselectionRequestedBy the party who asked for another institution after a late report (art. 35).
 */
public record Entrustment(UUID id, CaseId caseId, CourtId court, String caseNumber, String matter, String scope, String purpose,
		String field, boolean complex, String materials, LocalDate materialsExaminedOn, String requestedBy,
		Instant requestedAt, EntrustmentStatus status, Instant drawAt, UUID currentAssignment, UUID clockExclusion,
		LocalDate objectionUntil, String reselectionRequestedBy, String terminatedReason, int version) {

	/** This entrustment in another status, with the draw time and current assignment given. */
	Entrustment withStatus(EntrustmentStatus status, Instant drawAt, UUID assignment) {
		return new Entrustment(id, caseId, court, caseNumber, matter, scope, purpose, field, complex, materials,
				materialsExaminedOn, requestedBy, requestedAt, status, drawAt, assignment, clockExclusion, objectionUntil,
				reselectionRequestedBy, terminatedReason, version);
	}
}
