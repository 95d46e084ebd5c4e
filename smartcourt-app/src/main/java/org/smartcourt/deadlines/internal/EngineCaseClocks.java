package org.smartcourt.deadlines.internal;

import java.time.LocalDate;

import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.deadlines.CaseClockQuery;
import org.smartcourt.deadlines.CaseClocks;
import org.smartcourt.deadlines.ExtensionTerms;
import org.smartcourt.deadlines.HolidayCalendar;
import org.smartcourt.deadlines.RuleId;
import org.springframework.stereotype.Service;

/** {@link CaseClocks} on the bundled rule and extension tables and the stored holiday calendar. */
@Service
class EngineCaseClocks implements CaseClocks {

	private final RuleBook rules = RuleBook.bundled();
	private final ExtensionBook extensions = ExtensionBook.bundled();
	private final HolidayCalendar calendar;

	EngineCaseClocks(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	@Override
	public CaseClock compute(CaseClockQuery query) {
		return engine().compute(query);
	}

	@Override
	public ExtensionTerms extensionTerms(RuleId rule, int nth, LocalDate due) {
		return engine().extensionTerms(rule, nth, due);
	}

	private CaseClockEngine engine() {
		return new CaseClockEngine(rules, extensions, calendar.current());
	}
}
