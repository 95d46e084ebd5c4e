package org.smartcourt.supervision.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.expression.Expression;

/**
 * An indicator (审判质效指标) defined as data: a formula over measures, with what it means and where it comes from.
 *
 * @param formulaText as written in the data, e.g. {@code closed / (pending@start + received)}; a stock measure
 *        reads at the period's end unless marked {@code @start}; {@code judges} is the number of 员额法官 in scope.
 * @param terms the measures the formula reads, in order, each a number the dashboard links to its cases.
 * @param referenceLow the lower end of the reference range (区间参考值), or {@literal null} when none is known.
 * @param yearToDate whether the indicator reads from 1 January to the period's end (均衡结案进度).
 * @param floors for a year-to-date indicator, the floor for each month (3 → 0.18), possibly empty.
 */
public record Indicator(String id, String name, String group, String formulaText, Expression formula,
		List<Term> terms, IndicatorUnit unit, BigDecimal referenceLow, BigDecimal referenceHigh, String referenceSource,
		String definition, String citation, boolean yearToDate, Map<Integer, BigDecimal> floors) {

	/** One measure a formula reads and when: the period's flow, or a stock at its start or end. */
	public record Term(String measure, When when) {

		public String variable() {
			return "m_" + measure + "_" + when.name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** When a term reads its measure. */
	public enum When {
		PERIOD, START, END
	}
}
