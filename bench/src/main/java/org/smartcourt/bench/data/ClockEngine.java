package org.smartcourt.bench.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.internal.clock.ClockRuleTable;
import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.deadlines.CaseClockQuery;
import org.smartcourt.deadlines.ClockEvent;
import org.smartcourt.deadlines.CourtCalendar;
import org.smartcourt.deadlines.ExtensionTerms;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.deadlines.internal.CaseClockEngine;
import org.smartcourt.deadlines.internal.ExtensionBook;
import org.smartcourt.deadlines.internal.RuleBook;

/**
 * The application's own 审限 engine and rule selection (reference/cases/clock-rules.csv, reference/deadlines), run
 * in memory on the court calendar read once, so that millions of clocks cost no database round trip. The app's
 * {@code CaseClocks} bean reads the calendar from the database on every call, which is right for one case and too
 * slow for ten million.
 */
final class ClockEngine {

	private final RuleBook rules = RuleBook.bundled();
	private final ClockRuleTable table = ClockRuleTable.bundled();
	private final CaseClockEngine engine;
	private final CourtCalendar calendar;

	ClockEngine(CourtCalendar calendar) {
		this.calendar = calendar;
		this.engine = new CaseClockEngine(rules, ExtensionBook.bundled(), calendar);
	}

	CourtCalendar calendar() {
		return calendar;
	}

	/** The rule a case runs under, as the app selects it, if the engine knows it. */
	Optional<RuleId> rule(String typeCode, String category, Procedure procedure) {
		return table.select(typeCode, category, procedure).filter(r -> rules.find(r).isPresent());
	}

	CaseClock compute(RuleId rule, LocalDate start, List<ClockEvent> events, LocalDate today) {
		return engine.compute(new CaseClockQuery(rule, start, events, today, false));
	}

	ExtensionTerms extensionTerms(RuleId rule, LocalDate due) {
		return engine.extensionTerms(rule, 1, due);
	}
}
