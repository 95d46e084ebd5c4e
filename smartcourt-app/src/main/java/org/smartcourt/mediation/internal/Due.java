package org.smartcourt.mediation.internal;

import java.time.LocalDate;

/**
 * A due date from the deadlines engine and its derivation (rule, article, holiday shifts), shown next to the date.
 */
public record Due(LocalDate date, String explanation) {
}
