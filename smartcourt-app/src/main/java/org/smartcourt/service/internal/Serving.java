package org.smartcourt.service.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CourtId;

/**
 * One service of a 诉讼文书 on one case party (or agent) by one method.
 *
 * @param reference 邮寄: the tracking number; 委托/转交: the court or body entrusted; 公告: the medium.
 * @param handedOverOn 邮寄: the day handed to the post.
 * @param eventOn the day that decides the effect: the receipt's date (邮寄), the signature date (直接, 委托, 转交), the
 *        day left (留置), the day of publication (公告); {@literal null} while unknown or for 电子送达.
 * @param witness 留置送达: the witness (见证人), or the refusal's circumstances.
 * @param evidenceSha256 the photo of the refusal, the signed receipt, the return receipt, the published notice.
 * @param abroad the party has no domicile in China (公告送达 takes 60 days).
 * @param provenOn the arrival date the recipient proved (电子送达), with {@code provenReason}.
 * @param effectiveOn the day service took effect, once it did, with {@code effectiveRule}.
 */
public record Serving(UUID id, CaseId caseId, CourtId courtId, UUID documentId, int partySeq, ServiceMethod method,
		ServingStatus status, String createdBy, Instant createdAt, String reference, LocalDate handedOverOn,
		LocalDate eventOn, String witness, String evidenceSha256, boolean abroad, LocalDate provenOn,
		String provenReason, Instant acknowledgedAt, Instant paperRequestedAt, LocalDate effectiveOn,
		EffectiveBasis effectiveRule, String certificateSha256) {

	public boolean effective() {
		return effectiveOn != null;
	}

	Serving withStatus(ServingStatus next) {
		return new Serving(id, caseId, courtId, documentId, partySeq, method, next, createdBy, createdAt, reference,
				handedOverOn, eventOn, witness, evidenceSha256, abroad, provenOn, provenReason, acknowledgedAt,
				paperRequestedAt, effectiveOn, effectiveRule, certificateSha256);
	}

	/** Effective from {@code on}; a new date voids the certificate made for the old one. */
	Serving withEffect(LocalDate on, EffectiveBasis rule) {
		return new Serving(id, caseId, courtId, documentId, partySeq, method, ServingStatus.EFFECTIVE, createdBy,
				createdAt, reference, handedOverOn, eventOn, witness, evidenceSha256, abroad, provenOn, provenReason,
				acknowledgedAt, paperRequestedAt, on, rule, on.equals(effectiveOn) ? certificateSha256 : null);
	}

	Serving withMethod(ServiceMethod next, ServingStatus status, String by) {
		return new Serving(id, caseId, courtId, documentId, partySeq, next, status, by, createdAt, reference,
				handedOverOn, eventOn, witness, evidenceSha256, abroad, provenOn, provenReason, acknowledgedAt,
				paperRequestedAt, effectiveOn, effectiveRule, certificateSha256);
	}

	Serving withAcknowledged(Instant at) {
		return new Serving(id, caseId, courtId, documentId, partySeq, method, status, createdBy, createdAt, reference,
				handedOverOn, eventOn, witness, evidenceSha256, abroad, provenOn, provenReason, at, paperRequestedAt,
				effectiveOn, effectiveRule, certificateSha256);
	}

	Serving withPaperRequested(Instant at) {
		return new Serving(id, caseId, courtId, documentId, partySeq, method, status, createdBy, createdAt, reference,
				handedOverOn, eventOn, witness, evidenceSha256, abroad, provenOn, provenReason, acknowledgedAt, at,
				effectiveOn, effectiveRule, certificateSha256);
	}

	Serving withProven(LocalDate on, String reason) {
		return new Serving(id, caseId, courtId, documentId, partySeq, method, status, createdBy, createdAt, reference,
				handedOverOn, eventOn, witness, evidenceSha256, abroad, on, reason, acknowledgedAt, paperRequestedAt,
				effectiveOn, effectiveRule, certificateSha256);
	}

	Serving withEvent(LocalDate on, String evidence) {
		return new Serving(id, caseId, courtId, documentId, partySeq, method, status, createdBy, createdAt, reference,
				handedOverOn, on, witness, evidence == null ? evidenceSha256 : evidence, abroad, provenOn, provenReason,
				acknowledgedAt, paperRequestedAt, effectiveOn, effectiveRule, certificateSha256);
	}

	Serving withCertificate(String sha256) {
		return new Serving(id, caseId, courtId, documentId, partySeq, method, status, createdBy, createdAt, reference,
				handedOverOn, eventOn, witness, evidenceSha256, abroad, provenOn, provenReason, acknowledgedAt,
				paperRequestedAt, effectiveOn, effectiveRule, sha256);
	}
}
