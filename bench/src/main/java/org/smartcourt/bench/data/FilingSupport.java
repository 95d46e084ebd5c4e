package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.smartcourt.filing.FilingKind;

/**
 * What generating filings needs from the app: its JSON mapper (the {@code content}, {@code correction} and
 * {@code decision} columns are the filing module's records as it writes them), the 立案审查 period (the app's
 * {@code Deadlines} with the rule {@code FilingDeadlines} picks), and real statements of facts.
 *
 * @param period the decision due date and its explanation for a filing of a kind received on a day.
 */
record FilingSupport(Function<Object, String> json, BiFunction<FilingKind, LocalDate, Period> period,
		CaseTexts texts) {

	record Period(LocalDate due, String explanation) {
	}
}
