package org.smartcourt.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a 诉讼文书 is recorded on a case (uploaded by the case team or issued from a template); committed
 * with the record. The parties may read it only when {@code visibility} is {@link Audience#PARTIES} and once it was
 * served on them or pronounced.
 *
 * @param kind the document kind's name (判决书 {@code JUDGMENT}, 传票 {@code SUMMONS}, 通知书 {@code NOTICE} …).
 * @param fileSha256 the PDF in the file store, or {@literal null} when only the facts were recorded.
 */
public record CaseDocumentRecorded(CaseId caseId, UUID documentId, String kind, String title, String number,
		LocalDate signedOn, String fileSha256, String fileName, Audience visibility, Instant recordedAt,
		String recordedBy) {
}
