package org.smartcourt.casefile.internal.catalogue;

import java.time.Instant;
import java.util.Optional;

import org.smartcourt.cases.CaseId;
import org.smartcourt.storage.DocumentType;

/**
 * One material (卷宗材料) of a case file.
 *
 * @param fileSha256 the file in the file store, or {@literal null} for a record without a file (a 送达).
 * @param fileType what the file is, or {@literal null} without a file.
 * @param pageCount pages in the bound volume: PDF pages, 1 per image, frames of a TIFF; 0 for audio, video and DOCX
 *        (listed, not paginated); 1 for a record without a file (a generated page).
 * @param sourceRef what it records in its source (the filing attachment, the document id…).
 * @param submittedBy the account that submitted it, or {@literal null} for the system.
 * @param partyVisible whether parties may read it (正卷 only; documents also need delivery, see {@link Readership}).
 * @param description what a record without a file records, or {@literal null}.
 * @param evidenceName 证据名称 of party evidence, or {@literal null}.
 * @param purpose 证明目的 of party evidence, or {@literal null}.
 * @param submittingParty for party evidence, the party it was submitted for, e.g. 张三（原告）.
 */
public record CaseMaterial(MaterialId id, CaseId caseId, String categoryCode, Volume volume, String title,
		String fileSha256, String fileName, DocumentType fileType, int pageCount, MaterialSource source,
		String sourceRef, String submittedBy, String submitterName, Instant submittedAt, boolean partyVisible,
		String description, String evidenceName, String purpose, String submittingParty) {

	public boolean hasFile() {
		return fileSha256 != null;
	}

	/** Whether the material is internal for the access log: 副卷 or not meant for the parties. */
	public boolean internal() {
		return volume == Volume.SIDE || !partyVisible;
	}

	public Optional<DocumentType> type() {
		return Optional.ofNullable(fileType);
	}
}
