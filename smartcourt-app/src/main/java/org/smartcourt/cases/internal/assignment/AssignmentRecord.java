package org.smartcourt.cases.internal.assignment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.smartcourt.cases.CaseId;

/**
 * One stored assignment: a random draw (with what replaying it needs) or a designated assignment or reassignment
 * (with its reason and approver, flagged for 院庭长监督).
 *
 * @param purpose {@code JUDGE} (承办法官) or {@code ASSESSORS} (人民陪审员 for a 合议庭).
 * @param seed the draw's seed from {@link java.security.SecureRandom}, or {@literal null} when designated.
 * @param candidates in draw order, with their weights; empty when designated.
 * @param chosen who was drawn or designated, in order.
 */
public record AssignmentRecord(UUID id, CaseId caseId, String purpose, AssignmentKind kind, UUID departmentId,
		Long seed, String algorithmVersion, List<Candidate> candidates, List<Exclusion> exclusions,
		List<Chosen> chosen, String reason, String requestedBy, String approvedBy, boolean supervisionFlag,
		String recordedBy, Instant recordedAt) {

	public static final String JUDGE = "JUDGE";
	public static final String ASSESSORS = "ASSESSORS";

	public AssignmentRecord {
		candidates = List.copyOf(candidates);
		exclusions = List.copyOf(exclusions);
		chosen = List.copyOf(chosen);
	}

	/** Someone drawn or designated. */
	public record Chosen(UUID staffId, String name) {
	}

	public boolean isDraw() {
		return seed != null;
	}

	/** When it was recorded, on the court's clock (Asia/Shanghai). */
	public java.time.LocalDateTime recordedAtLocal() {
		return java.time.LocalDateTime.ofInstant(recordedAt, java.time.ZoneId.of("Asia/Shanghai"));
	}

	/** The judge, for a {@code JUDGE} record. */
	public Chosen judge() {
		return chosen.get(0);
	}
}
