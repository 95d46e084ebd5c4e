package org.smartcourt.appraisal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The smaller records of an entrustment's progress. */
public final class Steps {

	private Steps() {
	}

	/** A stored draw: seed, canonical candidates, their fingerprint, who was left out and why, and the result. */
	public record Draw(UUID id, UUID entrustmentId, int round, long seed, String algorithm, String candidates,
			String fingerprint, String excluded, UUID chosen, String attendance, String drawnBy, Instant drawnAt) {
	}

	/** 补充材料: asked by the institution, supplied by the court. */
	public record MaterialRequest(UUID id, UUID assignmentId, String what, LocalDate requestedOn, LocalDate suppliedOn,
			String fileSha256, String fileName, String note) {
	}

	/** 延长鉴定期限 on the institution's written request; decision APPROVED or REFUSED. */
	public record ExtensionRequest(UUID id, UUID assignmentId, String reason, LocalDate requestedDue, LocalDate requestedOn,
			String decision, LocalDate newDue, String decidedBy, LocalDate decidedOn) {
	}

	/** 异议 to the report (证据规定 art. 37) and the institution's answer. */
	public record Objection(UUID id, UUID assignmentId, String username, String side, String text, LocalDate raisedOn,
			String answer, LocalDate answeredOn) {
	}

	/** A party's choice of institution (2002 规定 art. 10). */
	public record PartyChoice(String side, UUID institutionId, String username, Instant at) {
	}

	/** A party who opened the draw page before the draw (到场). */
	public record Attendance(String username, String side, Instant at) {
	}

	/** A party's objection to an institution upheld (回避, 2002 规定 art. 12). */
	public record Recusal(UUID institutionId, String reason) {
	}
}
