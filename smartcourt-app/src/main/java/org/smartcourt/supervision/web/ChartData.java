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

	record Month(String month, long received, long closed, BigDecimal closureRate, String closureRateText) {
	}

	static ChartData of(List<TrialStatistics.Month> months) {
		return new ChartData(months.stream().map(m -> {
			IndicatorValue received = m.values().get(0);
			IndicatorValue closed = m.values().get(1);
			IndicatorValue rate = m.values().get(2);
			return new Month(m.month().toString(), count(received), count(closed), rate.value(),
					IndicatorFormat.format(rate.value(), rate.indicator().unit()));
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
		return months.stream()
			.map(m -> m.closureRate() == null ? "" : m.closureRate().movePointRight(2).toPlainString())
			.collect(Collectors.joining(","));
	}
}
