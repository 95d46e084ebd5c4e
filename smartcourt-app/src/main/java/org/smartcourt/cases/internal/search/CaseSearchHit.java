package org.smartcourt.cases.internal.search;

import java.time.LocalDate;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.PartySide;
import org.smartcourt.shared.CourtId;

/**
 * One case found, with the party whose name or number matched (empty when the 案号 matched).
 *
 * @param matchedParty the matching party's name, or {@code null}
 * @param matchedSide that party's side, or {@code null}
 */
public record CaseSearchHit(CaseId id, String caseNumber, CourtId court, String title, CaseStage stage,
		LocalDate registeredOn, String matchedParty, PartySide matchedSide) {
}
