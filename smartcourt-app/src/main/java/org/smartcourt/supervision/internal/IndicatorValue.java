package org.smartcourt.supervision.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's value for a scope and period, with the numbers it was computed from.
 *
 * @param value {@literal null} when a denominator is zero (shown as —).
 * @param floor for 均衡结案进度, the floor for the period's last month, else {@literal null}.
 */
public record IndicatorValue(Indicator indicator, BigDecimal value, List<TermValue> terms, BigDecimal floor) {

	/** One number the formula read, linked to the cases it counts. */
	public record TermValue(Indicator.Term term, Measure measure, long value, org.smartcourt.supervision.Period period) {
	}

	/** Whether the value is below the floor (均衡结案进度). */
	public boolean belowFloor() {
		return floor != null && value != null && value.compareTo(floor) < 0;
	}

}
