package org.smartcourt.preservation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.fees.Money;
import org.smartcourt.preservation.ApplicationStatus;
import org.smartcourt.preservation.NoSecurityGround;
import org.smartcourt.preservation.PreservationId;
import org.smartcourt.preservation.PreservationKind;
import org.smartcourt.preservation.PreservedProperty;
import org.smartcourt.preservation.Security;
import org.smartcourt.shared.CourtId;

/**
 * A 保全申请 as stored, with the data of 《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第一条, its property, measures and
 * documents.
 *
 * @param reviewCase the 财保 case of a pre-suit application.
 * @param litigationCase the 民初 (or other) case it serves: given for 诉讼保全, set on conversion for 诉前保全.
 * @param enforcementCase the 执保 case created on grant.
 * @param clockStart the moment the ruling clock started: the application, or the day security was given.
 */
public record Application(PreservationId id, CourtId court, PreservationKind kind, ApplicationStatus status,
		boolean urgent, String urgentReason, Party applicant, Party respondent, String claim, String grounds,
		Money amount, boolean searchRequested, Security security, NoSecurityGround noSecurityGround,
		Money requiredSecurity, String securityReason, Instant securityGivenAt, Money fee, boolean feePaid,
		CaseRef reviewCase, CaseRef litigationCase, CaseRef enforcementCase, String filedBy, String filedRole,
		Instant filedAt, Instant clockStart, Instant rulingDueAt, Instant ruledAt, String ruledBy, String rulingReason,
		Instant enforcementDueAt, Instant enforcedAt, LocalDate reviewRequestedOn, String reviewReason,
		LocalDate reviewDueOn, Instant reviewDecidedAt, String reviewOutcome, String reviewNote, LocalDate convertedOn,
		int version, List<PreservedProperty> properties, List<Measure> measures, List<Document> documents,
		List<Event> events) {

	/** A party as the application names it (第一条第一款第（一）项). */
	public record Party(String name, String idNumber, String address, String contact) {
	}

	/** A case by id and 案号. */
	public record CaseRef(UUID id, String number) {
	}

	/** A paper made for the application (保全裁定书, 保全期限告知书…), stored and anchored. */
	public record Document(String sha256, String kind, String title, Instant createdAt) {
	}

	/** One step of its history. */
	public record Event(Instant at, String actor, String kind, String summary) {
	}

	public boolean preSuit() {
		return kind == PreservationKind.PRE_SUIT;
	}

	/** The case on which the ruling is made: the 财保 case before suit, the litigation case otherwise. */
	public CaseRef rulingCase() {
		return reviewCase != null ? reviewCase : litigationCase;
	}

	public boolean hasLeadsOnly() {
		return !properties.isEmpty() && properties.stream().allMatch(PreservedProperty::leadOnly);
	}

	public List<Measure> activeMeasures() {
		return measures.stream().filter(Measure::active).toList();
	}
}
