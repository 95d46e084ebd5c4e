package org.smartcourt.casefile.web.documents;

import java.time.Instant;

import org.smartcourt.casefile.internal.documents.DocumentTemplate;

/**
 * A 文书模板 version over the API.
 *
 * @param addressed whether drafts from it are addressed to one party.
 * @param visibility who may read the issued document: {@code PARTIES} or {@code COURT}.
 */
record TemplateResponse(String code, int version, String title, boolean active, boolean addressed,
		String documentKind, String visibility, Instant createdAt, String createdBy, String body) {

	static TemplateResponse of(DocumentTemplate t) {
		return new TemplateResponse(t.code().slug(), t.version(), t.title(), t.active(), t.code().addressed(),
				t.code().documentKind(), t.code().visibility().name(), t.createdAt(), t.createdBy(), t.body());
	}
}
