package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.smartcourt.filing.FilingKind;
import org.smartcourt.mediation.RoutingInput;
import org.smartcourt.mediation.RoutingSuggestion;

/**
 * What generating filings needs from the app: its JSON mapper (the {@code content}, {@code correction} and
 * {@code decision} columns are the filing module's records as it writes them), the 立案审查 period (the app's
 * {@code Deadlines} with the rule {@code FilingDeadlines} picks), real statements of facts, and the app's 繁简分流
 * router, which classifies every registered 民初 case as the mediation module does on registration.
 *
 * @param period the decision due date and its explanation for a filing of a kind received on a day.
 * @param route the mediation module's {@code Router}: the suggested track and its reasons with their articles.
 */
record FilingSupport(Function<Object, String> json, BiFunction<FilingKind, LocalDate, Period> period,
		CaseTexts texts, Function<RoutingInput, RoutingSuggestion> route) {

	record Period(LocalDate due, String explanation) {
	}
}
