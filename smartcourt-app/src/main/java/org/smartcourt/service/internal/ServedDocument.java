package org.smartcourt.service.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CourtId;

/**
 * A 诉讼文书 of a case, as the service desk knows it.
 *
 * @param kind the document kind's name ({@code SUMMONS}, {@code JUDGMENT} …).
 * @param fileSha256 the PDF in the file store, or {@literal null} when only the facts were recorded.
 * @param forParties meant for the parties (court-only documents are never served).
 */
public record ServedDocument(UUID id, CaseId caseId, CourtId courtId, String kind, String title, String number, LocalDate signedOn,
		String fileSha256, boolean forParties, Instant recordedAt) {
}
