package org.smartcourt.service;

import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.CaseId;

/**
 * A 诉讼文书 counts as served on a party (or its agent) from {@code effectiveOn}; periods that run from service
 * (答辩期, 上诉期) start the day after. Published in the transaction that establishes it; published again when the
 * date is corrected (the recipient proved a different arrival date, 民诉解释 art. 135).
 *
 * @param partySeq the case party (or agent) served.
 * @param method the 送达方式: {@code ELECTRONIC}, {@code POSTAL}, {@code PERSONAL}, {@code LEFT_AT_RESIDENCE},
 *        {@code ENTRUSTED}, {@code FORWARDED} or {@code PUBLICATION}.
 */
public record DocumentServed(CaseId caseId, UUID documentId, int partySeq, String method, LocalDate effectiveOn) {
}
