package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.smartcourt.deadlines.internal.CaseClockEngine;
import org.smartcourt.deadlines.internal.ExtensionBook;

/**
 * The case clocks of {@code deadlines/case-clock-examples.csv}, computed by hand: 简转普 keeping the start, the
 * four-month cap of simple procedure, first and second extensions, stacked and open exclusions, restarts, moves off
 * holidays and onto 调休 working days, month ends and leap years.
 */
class CaseClockWorkedExampleTests {

	static final ExtensionBook EXTENSIONS = ExtensionBook.bundled();
	static final CaseClockEngine ENGINE = new CaseClockEngine(WorkedExampleTests.RULES, EXTENSIONS,
			WorkedExampleTests.CALENDAR);
	static final String EXCLUSION_CITATION = "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百四十三条";
	static final String EXTENSION_CITATION = "依法批准延长";

	@ParameterizedTest(name = "{0} from {1}: {2} → {5} {6} ({9})")
	@CsvFileSource(resources = "/deadlines/case-clock-examples.csv", delimiter = '|', nullValues = "",
			maxCharsPerColumn = 2000)
	void computesTheHandWorkedClock(String rule, String start, String events, String today, boolean inCustody,
			String due, ClockStatus status, long daysLeft, long excludedDays, String note) {
		List<ClockEvent> parsed = events(events);
		CaseClock clock = ENGINE.compute(new CaseClockQuery(RuleId.of(rule), LocalDate.parse(start), parsed,
				LocalDate.parse(today), inCustody));
		assertThat(clock.due()).as(clock.explanationText()).isEqualTo(LocalDate.parse(due));
		assertThat(clock.status()).isEqualTo(status);
		assertThat(clock.daysLeft()).isEqualTo(daysLeft);
		assertThat(clock.excludedDays()).isEqualTo(excludedDays);
		assertThat(clock.explanationText()).contains(clock.rule().citation().text(),
				"届满日：" + DeadlineCalculator.format(clock.due()));
		for (ClockEvent event : parsed) {
			assertThat(clock.explanationText()).contains(DeadlineCalculator.format(event.on()));
		}
	}

	static List<ClockEvent> events(String text) {
		List<ClockEvent> events = new ArrayList<>();
		if (text == null) {
			return events;
		}
		for (String e : text.split(";")) {
			String[] f = e.substring(2).split("~", -1);
			switch (e.charAt(0)) {
				case 'X' -> events.add(new ClockEvent.Excluded(LocalDate.parse(f[0]),
						f[1].isEmpty() ? null : LocalDate.parse(f[1]), f[2], EXCLUSION_CITATION));
				case 'E' -> events.add(new ClockEvent.Extended(LocalDate.parse(f[0]), Integer.parseInt(f[1]),
						PeriodUnit.valueOf(f[2]), f[3], EXTENSION_CITATION));
				case 'C' -> events.add(new ClockEvent.RuleChanged(LocalDate.parse(f[0]), RuleId.of(f[1]),
						"keep".equals(f[2]), "案情复杂"));
				case 'R' -> events.add(new ClockEvent.Restarted(LocalDate.parse(f[0]), RuleId.of(f[1]), f[2], f[3]));
				default -> throw new IllegalArgumentException(e);
			}
		}
		return events;
	}
}
