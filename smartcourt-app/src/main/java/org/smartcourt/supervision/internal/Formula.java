package org.smartcourt.supervision.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smartcourt.supervision.Period;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * An indicator's formula applied to its measures' sums: each term read in the period or at its start or end; a
 * zero denominator gives no value (—) rather than 0 or infinity. Percentages keep four decimals of the fraction
 * (85.32% is 0.8532), days and cases per judge one.
 */
final class Formula {

	private Formula() {
	}

	static long read(CellStore.Sums s, Indicator.When when) {
		return switch (when) {
			case PERIOD -> s.period();
			case START -> s.atStart();
			case END -> s.atEnd();
		};
	}

	static IndicatorValue evaluate(Indicator indicator, Map<String, CellStore.Sums> sums, Period period, int judges,
			Definitions definitions) {
		SimpleEvaluationContext context = SimpleEvaluationContext.forReadOnlyDataBinding().build();
		List<IndicatorValue.TermValue> terms = new ArrayList<>();
		for (Indicator.Term t : indicator.terms()) {
			long v = read(sums.getOrDefault(t.measure(), CellStore.Sums.ZERO), t.when());
			context.setVariable(t.variable(), (double) v);
			terms.add(new IndicatorValue.TermValue(t, definitions.measure(t.measure()).orElseThrow(), v, period));
		}
		context.setVariable(Definitions.JUDGES, (double) judges);
		BigDecimal value;
		try {
			Object raw = indicator.formula().getValue(context);
			value = raw instanceof Number n && Double.isFinite(n.doubleValue()) ? round(indicator, n.doubleValue())
					: null;
		}
		catch (EvaluationException ex) {
			throw new IllegalStateException("indicator " + indicator.id() + " cannot be computed", ex);
		}
		BigDecimal floor = indicator.yearToDate() ? indicator.floors().get(period.to().getMonthValue()) : null;
		return new IndicatorValue(indicator, value, terms, floor);
	}

	private static BigDecimal round(Indicator indicator, double v) {
		return switch (indicator.unit()) {
			case CASES -> BigDecimal.valueOf(Math.round(v));
			case PERCENT -> BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP);
			case DAYS, PER_JUDGE -> BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
		};
	}
}
