package org.smartcourt.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

/**
 * 统计期: whole months from {@code from} to {@code to}. Written {@code 2026} (a year), {@code 2026-Q3} (a quarter),
 * {@code 2026-05} (a month) or {@code 2026-01..2026-06} (months of one's choice). Flows count the cases of the
 * period; stocks (未结, 旧存) are read at the end of its last month and of the month before its first.
 */
public record Period(YearMonth from, YearMonth to) {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");
	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2})\\.\\.(\\d{4}-\\d{2})");

	public Period {
		if (from.isAfter(to)) {
			throw invalid();
		}
	}

	/** Parses the written forms above; anything else is refused with a Chinese field message. */
	public static Period parse(String text) {
		if (text == null || text.isBlank()) {
			throw invalid();
		}
		String t = text.strip();
		try {
			Matcher m;
			if ((m = YEAR.matcher(t)).matches()) {
				int year = Integer.parseInt(m.group(1));
				return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
			}
			if ((m = QUARTER.matcher(t)).matches()) {
				int first = (Integer.parseInt(m.group(2)) - 1) * 3 + 1;
				YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), first);
				return new Period(start, start.plusMonths(2));
			}
			if ((m = RANGE.matcher(t)).matches()) {
				return new Period(YearMonth.parse(m.group(1)), YearMonth.parse(m.group(2)));
			}
			YearMonth month = YearMonth.parse(t);
			return new Period(month, month);
		}
		catch (java.time.DateTimeException ex) {
			throw invalid();
		}
	}

	public static Period month(YearMonth month) {
		return new Period(month, month);
	}

	/** The year so far: from January of {@code to}'s year to {@code to}. */
	public Period yearToDate() {
		return new Period(YearMonth.of(to.getYear(), 1), to);
	}

	public LocalDate firstDay() {
		return from.atDay(1);
	}

	public LocalDate lastDay() {
		return to.atEndOfMonth();
	}

	/** The day a stock is read at the period's start: the last day of the month before. */
	public LocalDate dayBefore() {
		return firstDay().minusDays(1);
	}

	/** The canonical written form, as {@link #parse} reads it. */
	public String text() {
		if (from.getMonthValue() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear()) {
			return String.valueOf(from.getYear());
		}
		if (from.equals(to)) {
			return from.toString();
		}
		if (from.getYear() == to.getYear() && from.getMonthValue() % 3 == 1
				&& to.getMonthValue() == from.getMonthValue() + 2) {
			return from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
		}
		return from + ".." + to;
	}

	/** In Chinese, e.g. 2026年, 2026年第3季度, 2026年5月, 2026年1月至2026年6月. */
	public String label() {
		String text = text();
		if (text.length() == 4) {
			return text + "年";
		}
		if (text.contains("-Q")) {
			return from.getYear() + "年第" + text.charAt(text.length() - 1) + "季度";
		}
		if (from.equals(to)) {
			return from.getYear() + "年" + from.getMonthValue() + "月";
		}
		return from.getYear() + "年" + from.getMonthValue() + "月至" + to.getYear() + "年" + to.getMonthValue() + "月";
	}

	/** The months of the period, in order. */
	public List<YearMonth> months() {
		return java.util.stream.Stream.iterate(from, m -> !m.isAfter(to), m -> m.plusMonths(1)).toList();
	}

	private static DomainException invalid() {
		return new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-period", "problem.invalid-period.detail",
				List.of(new FieldProblem("period", "invalid-period", "validation.supervision.period")));
	}
}
