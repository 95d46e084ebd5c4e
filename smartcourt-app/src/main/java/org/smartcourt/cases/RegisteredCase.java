package org.smartcourt.cases;

import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.shared.CourtId;

/**
 * A registered case (已立案案件), as little as later modules need to start from.
 *
 * @param registeredOn 立案日期 in the court's time zone.
 */
public record RegisteredCase(CaseId id, CaseNumber caseNumber, CourtId courtId, String categoryCode,
		String typeCode, Procedure procedure, String causeCode, UUID filingId, LocalDate registeredOn, String title) {
}
