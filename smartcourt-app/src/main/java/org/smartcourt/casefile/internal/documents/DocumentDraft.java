package org.smartcourt.casefile.internal.documents;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

/**
 * A 文书草稿: a template version filled for one case (and one addressee), then edited as Markdown by the case team
 * until it is issued (签发); from then on it is frozen and {@code fileSha256} names the issued PDF.
 *
 * @param addresseeSeq the party it is addressed to (受送达人), or {@literal null}.
 * @param version optimistic lock: each change adds one; a change names the version it was made on.
 * @param caseDocumentId the 诉讼文书 recorded on the case when issued.
 */
public record DocumentDraft(UUID id, CaseId caseId, CourtId courtId, TemplateCode code, int templateVersion,
		String title, Integer addresseeSeq, String body, DraftStatus status, Instant createdAt, String createdBy,
		Instant updatedAt, String updatedBy, int version, Instant issuedAt, String issuedBy, boolean sealed,
		boolean delivered, UUID caseDocumentId, String fileSha256) {

	public static DocumentDraft start(CaseId caseId, CourtId courtId, DocumentTemplate template, Integer addresseeSeq,
			String body, Instant at, String by) {
		return new DocumentDraft(UUID.randomUUID(), caseId, courtId, template.code(), template.version(),
				template.title(), addresseeSeq, body, DraftStatus.DRAFT, at, by, at, by, 1, null, null, false, false, null,
				null);
	}

	public boolean issued() {
		return status == DraftStatus.ISSUED;
	}

	/** The text as edited, if the draft is still open and was read at {@code expectedVersion}. */
	public DocumentDraft edit(int expectedVersion, String newBody, Instant at, String by) {
		requireOpen(expectedVersion);
		return new DocumentDraft(id, caseId, courtId, code, templateVersion, title, addresseeSeq, newBody, status,
				createdAt, createdBy, at, by, version + 1, null, null, false, false, null, null);
	}

	/** Frozen as issued, with the document recorded on the case. */
	public DocumentDraft issue(int expectedVersion, boolean withSeal, boolean deliveredToParty, UUID documentId,
			String sha256, Instant at, String by) {
		requireOpen(expectedVersion);
		return new DocumentDraft(id, caseId, courtId, code, templateVersion, title, addresseeSeq, body,
				DraftStatus.ISSUED, createdAt, createdBy, at, by, version + 1, at, by, withSeal, deliveredToParty,
				documentId, sha256);
	}

	/** @throws DomainException 409 when issued, or when someone changed it since {@code expectedVersion}. */
	public void requireOpen(int expectedVersion) {
		if (issued()) {
			throw DomainException.conflict("document-draft-issued", "problem.document-draft-issued.detail", title);
		}
		if (expectedVersion != version) {
			throw DomainException.conflict("document-draft-changed", "problem.document-draft-changed.detail", title);
		}
	}
}
