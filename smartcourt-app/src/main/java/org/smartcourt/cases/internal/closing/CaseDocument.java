package org.smartcourt.cases.internal.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;

/**
 * A 诉讼文书 on a case.
 *
 * @param number 文书编号 (usually the 案号), or {@literal null}.
 * @param signedOn 落款日期.
 * @param fileSha256 the PDF in the file store, or {@literal null} when only the facts are recorded.
 * @param visibility {@link Audience#PARTIES} when the parties may read it once served or pronounced, else
 *        {@link Audience#COURT}.
 */
public record CaseDocument(UUID id, CaseId caseId, DocumentKind kind, String number, String title, LocalDate signedOn,
		String fileSha256, String fileName, Audience visibility, Instant recordedAt, String recordedBy) {

	public boolean hasFile() {
		return fileSha256 != null;
	}

	public boolean forParties() {
		return visibility == Audience.PARTIES;
	}
}
