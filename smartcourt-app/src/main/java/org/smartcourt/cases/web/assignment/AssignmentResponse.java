package org.smartcourt.cases.web.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.internal.assignment.AssignmentRecord;
import org.smartcourt.cases.internal.assignment.Candidate;
import org.smartcourt.cases.internal.assignment.Exclusion;

/**
 * A stored assignment as court staff see it: for a draw, the seed, algorithm, candidates in draw order with their
 * weights and who was left out and why; for a designation, its reason, requester and approver.
 */
record AssignmentResponse(UUID id, String purpose, String kind, UUID departmentId, String seed,
		String algorithmVersion, List<Candidate> candidates, List<Exclusion> exclusions,
		List<AssignmentRecord.Chosen> chosen, String reason, String requestedBy, String approvedBy,
		boolean supervisionFlag, String recordedBy, Instant recordedAt) {

	static AssignmentResponse of(AssignmentRecord r) {
		return new AssignmentResponse(r.id(), r.purpose(), r.kind().name(), r.departmentId(),
				r.seed() == null ? null : Long.toString(r.seed()), r.algorithmVersion(), r.candidates(),
				r.exclusions(), r.chosen(), r.reason(), r.requestedBy(), r.approvedBy(), r.supervisionFlag(),
				r.recordedBy(), r.recordedAt());
	}
}
