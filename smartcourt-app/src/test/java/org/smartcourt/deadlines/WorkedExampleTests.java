package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.smartcourt.deadlines.internal.HolidayFile;
import org.smartcourt.deadlines.internal.RuleBook;

/**
 * The worked examples of {@code deadlines/worked-examples.csv}, computed by hand from the rules on the bundled 2024–2026
 * holiday arrangements: month ends, leap years, 国庆 and 春节 moves, 调休 working Saturdays, working-day periods,
 * stacked exclusions, hour periods and the criminal custody rule.
 */
class WorkedExampleTests {

	static final RuleBook RULES = RuleBook.bundled();
	static final CourtCalendar CALENDAR = HolidayFile.bundled().calendar();

	@ParameterizedTest(name = "{0} from {1} → {4} ({6})")
	@CsvFileSource(resources = "/deadlines/worked-examples.csv", delimiter = '|', nullValues = "", maxCharsPerColumn = 1000)
	void computesTheHandWorkedDeadline(String rule, String start, String exclusions, boolean inCustody, String due,
			String shiftedFrom, String note) {
		DeadlineResult result = compute(rule, start, exclusions, inCustody);
		if (due.contains("T")) {
			assertThat(result.dueAt()).isEqualTo(LocalDateTime.parse(due));
		}
		else {
			assertThat(result.due()).isEqualTo(LocalDate.parse(due));
			assertThat(result.dueAt()).isNull();
		}
		if ("-".equals(shiftedFrom)) {
			assertThat(result.shifts()).isEmpty();
		}
		else {
			assertThat(result.shifts()).singleElement().satisfies(s -> {
				assertThat(s.from()).isEqualTo(LocalDate.parse(shiftedFrom));
				assertThat(s.to()).isEqualTo(result.due());
			});
		}
		assertThat(result.explanationText()).contains(result.rule().citation().text());
	}

	static DeadlineResult compute(String rule, String start, String exclusions, boolean inCustody) {
		DeadlineRule found = RULES.find(RuleId.of(rule)).orElseThrow();
		LocalDate date;
		LocalTime time = null;
		if (start.contains("T")) {
			LocalDateTime at = LocalDateTime.parse(start);
			date = at.toLocalDate();
			time = at.toLocalTime();
		}
		else {
			date = LocalDate.parse(start);
		}
		List<Exclusion> excluded = new ArrayList<>();
		if (exclusions != null) {
			for (String e : exclusions.split(";")) {
				String[] f = e.split("~");
				excluded.add(new Exclusion(LocalDate.parse(f[0]), LocalDate.parse(f[1]), f[2]));
			}
		}
		return new DeadlineCalculator(CALENDAR).compute(found,
				new DeadlineQuery(found.id(), date, time, excluded, inCustody));
	}
}
