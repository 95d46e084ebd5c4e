package org.smartcourt.supervision.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.smartcourt.supervision.internal.IndicatorUnit;

/** How an indicator's value reads in Chinese: 85.32%, 30.5天, 93件, 18.6件/人, or — without a value. */
final class IndicatorFormat {

	private IndicatorFormat() {
	}

	static String format(BigDecimal value, IndicatorUnit unit) {
		if (value == null) {
			return "—";
		}
		return switch (unit) {
			case PERCENT -> value.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
			case DAYS -> value.toPlainString() + "天";
			case CASES -> value.toPlainString() + "件";
			case PER_JUDGE -> value.toPlainString() + "件/人";
		};
	}
}
