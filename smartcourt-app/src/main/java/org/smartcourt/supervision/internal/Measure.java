package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.expression.Expression;

/**
 * A measure: the cases (or the sum of a value over them) a basis and a condition select. Defined as data in {@code
 * indicators.json}; {@code filter} and {@code value} are SpEL over {@link CaseFact}, with the variable {@code
 * #excluded} holding the 类型代字 the statistics leave out.
 *
 * @param months for {@link Basis#PENDING_OVER}, how long a case must have been pending.
 * @param explain why a case counts, in Chinese, shown beside each case on the drill-down list.
 */
public record Measure(String id, String name, Basis basis, int months, String filterText, String valueText,
		String explain, Expression filter, Expression value, Set<String> excluded) {

	/** The day from which a pending case counts under {@link Basis#PENDING_OVER}: the day after it turns N months. */
	LocalDate agedFrom(LocalDate registeredOn) {
		return registeredOn.plusMonths(months).plusDays(1);
	}

	public boolean summed() {
		return valueText != null;
	}
}
