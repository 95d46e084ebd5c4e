package org.smartcourt.mediation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.Procedure;
import org.smartcourt.mediation.EndingGround;
import org.smartcourt.mediation.MediationId;
import org.smartcourt.mediation.MediationKind;
import org.smartcourt.mediation.MediationStatus;

/**
 * A mediation as stored, with its parties, designations, extensions, agreement drafts and records (调解笔录, sessions,
 * submissions).
 *
 * @param caseId the case it runs on: the 民诉前调 case before filing, the registered case after filing.
 * @param originalDue the last day of the period before any extension; {@code dueOn} the current last day.
 */
public record MediationDetail(MediationId id, String courtId, MediationKind kind, MediationStatus status,
		UUID filingId, UUID caseId, String caseNumber, String title, String causeCode, Procedure procedure,
		LocalDate requestedOn, LocalDate choiceDue, LocalDate designationDue, UUID mediatorId, String mediatorName,
		String mediatorUsername, String organizationName, LocalDate acceptanceDue, LocalDate acceptedOn,
		LocalDate originalDue, LocalDate dueOn, String periodCitation, LocalDate endedOn, EndingGround endingGround,
		String endingNote, LocalDate effectiveOn, LocalDate confirmationApplyDue, UUID confirmationCaseId,
		String confirmationCaseNumber, LocalDate confirmationDue, String confirmationCitation, long version,
		List<Party> parties, List<Assignment> assignments, List<Extension> extensions, List<Agreement> agreements,
		List<Entry> records, Map<Integer, String> confirmationRequests) {

	/** 当事人 of the mediation; {@code username} links the platform account that acts for it. */
	public record Party(int seq, String side, String name, String username, UUID chosenMediatorId) {
	}

	/** One designation and the mediator's answer (PENDING, ACCEPTED, DECLINED, OVERDUE). */
	public record Assignment(UUID id, UUID mediatorId, String mediatorName, boolean byChoice, LocalDate designatedOn,
			LocalDate acceptanceDue, String outcome, String reason) {
	}

	/** A proposed extension; in force once every party consented. */
	public record Extension(UUID id, LocalDate untilOn, String reason, boolean agreed, List<Consent> consents) {
	}

	/** One party's consent: online, or written and recorded by the mediator with a scan. */
	public record Consent(int partySeq, String method, String scanSha256, String recordedBy, Instant recordedAt) {
	}

	/** An agreement draft and the parties' answers (true = confirmed). */
	public record Agreement(UUID id, int version, String markdown, String pdfSha256, String status,
			Map<Integer, Boolean> signatures, Instant createdAt) {
	}

	/** 调解笔录 (NOTE), a session (SESSION) or a party's submission (SUBMISSION). */
	public record Entry(UUID id, String kind, String text, LocalDateTime sessionAt, String meetingLink, String author,
			Instant createdAt) {
	}

	public Optional<Agreement> currentAgreement() {
		return agreements.stream().filter(a -> a.status().equals("PROPOSED") || a.status().equals("EFFECTIVE"))
			.reduce((a, b) -> b);
	}

	public Optional<Extension> pendingExtension() {
		return extensions.stream().filter(e -> !e.agreed()).findFirst();
	}

	public Optional<Assignment> pendingAssignment() {
		return assignments.stream().filter(a -> a.outcome().equals("PENDING")).findFirst();
	}

	public Optional<Party> partyOf(String username) {
		return parties.stream().filter(p -> username != null && username.equals(p.username())).findFirst();
	}

	/** Days left in the period on {@code today}: negative when overdue; empty before acceptance or once ended. */
	public Optional<Long> daysLeft(LocalDate today) {
		if (status != MediationStatus.MEDIATING || dueOn == null) {
			return Optional.empty();
		}
		return Optional.of(java.time.temporal.ChronoUnit.DAYS.between(today, dueOn));
	}

	/** Whether the designated mediator let the acceptance period pass (art. 12 para 2: 重新指定). */
	public boolean acceptanceOverdue(LocalDate today) {
		return status == MediationStatus.AWAITING_ACCEPTANCE && acceptanceDue != null && today.isAfter(acceptanceDue);
	}

	public boolean designationOverdue(LocalDate today) {
		return status == MediationStatus.AWAITING_DESIGNATION && today.isAfter(designationDue);
	}

	public boolean extended() {
		return originalDue != null && dueOn != null && dueOn.isAfter(originalDue);
	}
}
