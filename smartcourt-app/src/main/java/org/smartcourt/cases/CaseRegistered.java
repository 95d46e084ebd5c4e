package org.smartcourt.cases;

import java.time.LocalDate;

import org.smartcourt.shared.CourtId;

/** Published when a case is registered (立案) and has its 案号; committed with the registration. */
public record CaseRegistered(CaseId caseId, CourtId courtId, String caseNumber, String categoryCode,
		Procedure procedure, LocalDate registeredOn) {
}
