package org.smartcourt.casefile.web.documents;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.casefile.internal.documents.DocumentDraft;

/**
 * A 文书草稿 over the API.
 *
 * @param documentUrl once issued, the page address where the case team (and, once served, the parties) download
 *        the issued PDF; {@code documentApiUrl} the same over the API.
 */
record DraftResponse(UUID id, UUID caseId, String template, int templateVersion, String title, Integer addresseeSeq,
		String body, String status, int version, Instant createdAt, String createdBy, Instant updatedAt,
		String updatedBy, Instant issuedAt, String issuedBy, boolean sealed, boolean delivered, UUID caseDocumentId,
		String fileSha256, String documentUrl, String documentApiUrl) {

	static DraftResponse of(DocumentDraft d) {
		return new DraftResponse(d.id(), d.caseId().value(), d.code().slug(), d.templateVersion(), d.title(),
				d.addresseeSeq(), d.body(), d.status().name(), d.version(), d.createdAt(), d.createdBy(), d.updatedAt(),
				d.updatedBy(), d.issuedAt(), d.issuedBy(), d.sealed(), d.delivered(), d.caseDocumentId(), d.fileSha256(),
				d.caseDocumentId() == null ? null
						: "/cases/" + d.caseId().value() + "/documents/" + d.caseDocumentId() + "/file",
				d.caseDocumentId() == null ? null
						: "/api/v1/cases/" + d.caseId().value() + "/documents/" + d.caseDocumentId() + "/file");
	}
}
