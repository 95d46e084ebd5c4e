package org.smartcourt.supervision.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.smartcourt.supervision.internal.IndicatorValue;
import org.smartcourt.supervision.internal.TrialStatistics;

/**
 * The board's monthly chart as plain lists (for data attributes the page script reads, as the CSP forbids inline
 * scripts) and as the rows of the table that says the same for those who do not see the chart.
 */
record ChartData(List<Month> months) {

	/**
	 * One month: its flows and 结案率, and the year's 均衡结案进度 up to it against that month's floor (the court
	 * against its reference, where the definitions give one).
	 */
	record Month(String month, long received, long closed, BigDecimal closureRate, String closureRateText,
			BigDecimal progress, String progressText, BigDecimal floor, String floorText) {
	}

	static ChartData of(List<TrialStatistics.Month> months) {
		return new ChartData(months.stream().map(m -> {
			IndicatorValue received = m.values().get(0);
			IndicatorValue closed = m.values().get(1);
			IndicatorValue rate = m.values().get(2);
			IndicatorValue progress = m.values().get(3);
			return new Month(m.month().toString(), count(received), count(closed), rate.value(),
					IndicatorFormat.format(rate.value(), rate.indicator().unit()), progress.value(),
					IndicatorFormat.format(progress.value(), progress.indicator().unit()), progress.floor(),
					progress.floor() == null ? "—" : IndicatorFormat.format(progress.floor(), progress.indicator().unit()));
		}).toList());
	}

	private static long count(IndicatorValue v) {
		return v.value() == null ? 0 : v.value().longValue();
	}

	public String labels() {
		return months.stream().map(Month::month).collect(Collectors.joining(","));
	}

	public String received() {
		return months.stream().map(m -> String.valueOf(m.received())).collect(Collectors.joining(","));
	}

	public String closed() {
		return months.stream().map(m -> String.valueOf(m.closed())).collect(Collectors.joining(","));
	}

	/** Percentages with two decimals; empty where a month has no value. */
	public String closureRates() {
		return percents(months.stream().map(Month::closureRate).toList());
	}

	public String progress() {
		return percents(months.stream().map(Month::progress).toList());
	}

	public String floors() {
		return percents(months.stream().map(Month::floor).toList());
	}

	private static String percents(List<BigDecimal> values) {
		return values.stream()
			.map(v -> v == null ? "" : v.movePointRight(2).toPlainString())
			.collect(Collectors.joining(","));
	}
}
