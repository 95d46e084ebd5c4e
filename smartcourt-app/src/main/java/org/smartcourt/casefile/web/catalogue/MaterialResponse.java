package org.smartcourt.casefile.web.catalogue;

import java.time.Instant;
import java.util.UUID;

import org.smartcourt.casefile.internal.catalogue.CaseMaterial;
import org.smartcourt.casefile.internal.catalogue.CatalogueEntry;

/**
 * One material of the catalogue in the API.
 *
 * @param seq 序号 in its volume.
 * @param ledgerIndex 存证序号, or {@literal null} while the file is being anchored (then {@code anchoring}) or when
 *        there is no file.
 * @param contentUrl where to download the file, or {@literal null} for a record without a file.
 */
record MaterialResponse(UUID id, int seq, String volume, String category, String categoryName, String title,
		String source, String submittedBy, Instant submittedAt, int pageCount, String fileType, Long ledgerIndex,
		boolean anchoring, String evidenceName, String purpose, String submittingParty, String contentUrl) {

	static MaterialResponse of(CatalogueEntry e) {
		CaseMaterial m = e.material();
		return new MaterialResponse(m.id().value(), e.seq(), m.volume().name(), e.category().code(),
				e.category().name(), m.title(), m.source().name(), m.submitterName(), m.submittedAt(), m.pageCount(),
				m.type().map(Enum::name).orElse(null), e.ledgerIndex().orElse(null), e.anchoring(), m.evidenceName(),
				m.purpose(), m.submittingParty(),
				m.hasFile() ? "/api/v1/cases/" + m.caseId() + "/materials/" + m.id() + "/content" : null);
	}

	/** A material just submitted (not yet numbered in the catalogue, nor anchored). */
	static MaterialResponse submitted(CaseMaterial m, String categoryName) {
		return new MaterialResponse(m.id().value(), 0, m.volume().name(), m.categoryCode(), categoryName, m.title(),
				m.source().name(), m.submitterName(), m.submittedAt(), m.pageCount(),
				m.type().map(Enum::name).orElse(null), null, m.hasFile(), m.evidenceName(), m.purpose(),
				m.submittingParty(),
				m.hasFile() ? "/api/v1/cases/" + m.caseId() + "/materials/" + m.id() + "/content" : null);
	}
}
