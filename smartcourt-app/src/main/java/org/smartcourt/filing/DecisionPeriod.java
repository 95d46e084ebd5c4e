package org.smartcourt.filing;

import java.time.LocalDate;

/**
 * How long the court has to decide whether to register a case of a kind, counted from receipt of the complaint (or of
 * the corrected materials), with the rule it comes from.
 *
 * @param days calendar days; the day of receipt is not counted (民事诉讼法 art. 85 para. 2).
 * @param citation the article, shown to clerks and filers.
 */
public record DecisionPeriod(FilingKind kind, int days, String citation) {

	/**
	 * The last day of the period for a complaint received on that day. Moving a last day that falls on a holiday to
	 * the next working day comes with the deadlines engine.
	 */
	public LocalDate dueFor(LocalDate receivedOn) {
		return receivedOn.plusDays(days);
	}
}
