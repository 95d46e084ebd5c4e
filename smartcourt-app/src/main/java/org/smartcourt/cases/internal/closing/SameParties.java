package org.smartcourt.cases.internal.closing;

import org.smartcourt.cases.CaseId;

/** A case that may concern the same people: a party with the same identity number, or the same name without one. */
public record SameParties(CaseId caseId, String caseNumber, String title, String partyName) {
}
