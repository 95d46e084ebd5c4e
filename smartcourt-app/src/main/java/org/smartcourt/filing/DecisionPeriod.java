package org.smartcourt.filing;

import java.time.LocalDate;

/**
 * The court's period to decide whether to register a case, as computed by the deadlines engine for one receipt of
 * the complaint (or of the corrected materials): its last day and the explanation with the rule, its article and any
 * holiday shift, shown to clerks and filers.
 */
public record DecisionPeriod(FilingKind kind, LocalDate due, String explanation) {
}
