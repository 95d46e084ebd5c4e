package org.smartcourt.supervision.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.spel.support.DataBindingMethodResolver;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.stereotype.Component;

/**
 * What a case contributes to each measure, month by month. A flow adds its value in the month of 立案 or 结案; a
 * stock adds 1 in the month it starts to count and takes 1 away in the month of 结案, so the stock at a month's end
 * is the sum of the months up to it. The cells, a judge's own figures and the drill-down lists all count through
 * this one place, which is why they add up.
 */
@Component
class FactEvaluation {

	private final EvaluationContext context;

	FactEvaluation(Definitions definitions) {
		SimpleEvaluationContext simple = SimpleEvaluationContext.forReadOnlyDataBinding()
			.withMethodResolvers(DataBindingMethodResolver.forInstanceMethodInvocation())
			.build();
		simple.setVariable("excluded", definitions.excludedTypes());
		this.context = simple;
	}

	/** Whether the measure's condition holds for the case (its basis in time aside). */
	boolean matches(Measure measure, CaseFact fact) {
		try {
			return Boolean.TRUE.equals(measure.filter().getValue(context, fact, Boolean.class));
		}
		catch (EvaluationException ex) {
			throw new IllegalStateException("measure " + measure.id() + " cannot read case " + fact.caseNumber(), ex);
		}
	}

	/** The case's value under a summed measure (e.g. its 审理天数), else 1. */
	long value(Measure measure, CaseFact fact) {
		if (!measure.summed()) {
			return 1;
		}
		try {
			Number n = measure.value().getValue(context, fact, Number.class);
			return n == null ? 0 : n.longValue();
		}
		catch (EvaluationException ex) {
			throw new IllegalStateException("measure " + measure.id() + " cannot read case " + fact.caseNumber(), ex);
		}
	}

	/** Calls {@code into} with (first day of month, change) for each month the case changes the measure in. */
	void contributions(Measure measure, CaseFact fact, BiConsumer<LocalDate, Long> into) {
		if (!matches(measure, fact)) {
			return;
		}
		LocalDate closed = fact.closedOn();
		switch (measure.basis()) {
			case RECEIVED -> into.accept(month(fact.registeredOn()), value(measure, fact));
			case CLOSED -> {
				if (closed != null) {
					into.accept(month(closed), value(measure, fact));
				}
			}
			case PENDING -> {
				into.accept(month(fact.registeredOn()), 1L);
				if (closed != null) {
					into.accept(month(closed), -1L);
				}
			}
			case PENDING_OVER -> {
				LocalDate from = measure.agedFrom(fact.registeredOn());
				if (closed == null || !closed.isBefore(from)) {
					into.accept(month(from), 1L);
					if (closed != null) {
						into.accept(month(closed), -1L);
					}
				}
			}
		}
	}

	/**
	 * Whether the case counts in the measure at the end of {@code day} (stocks) — the same test the cells sum to,
	 * for a day that is a month's last.
	 */
	boolean countsAt(Measure measure, CaseFact fact, LocalDate day) {
		if (!matches(measure, fact) || fact.registeredOn().isAfter(day)
				|| fact.closedOn() != null && !fact.closedOn().isAfter(day)) {
			return false;
		}
		return measure.basis() != Basis.PENDING_OVER || !measure.agedFrom(fact.registeredOn()).isAfter(day);
	}

	/**
	 * Whether the case is on the list behind the measure read {@code when} in the period: for a flow, its 立案 or
	 * 结案 falls in the period and the condition holds; for a stock, it counts at the end of the day read.
	 */
	boolean onList(Measure measure, Indicator.When when, org.smartcourt.supervision.Period period, CaseFact fact) {
		if (measure.basis().stock()) {
			return countsAt(measure, fact, when == Indicator.When.START ? period.dayBefore() : period.lastDay());
		}
		LocalDate day = measure.basis() == Basis.RECEIVED ? fact.registeredOn() : fact.closedOn();
		return day != null && !day.isBefore(period.firstDay()) && !day.isAfter(period.lastDay())
				&& matches(measure, fact);
	}

	static LocalDate month(LocalDate day) {
		return day.withDayOfMonth(1);
	}

	/** Adds the case's contributions to every measure into {@code cells}, with {@code sign} +1 or -1. */
	void addAll(Iterable<Measure> measures, CaseFact fact, int sign, Map<CellKey, Long> cells) {
		for (Measure m : measures) {
			contributions(m, fact, (month, delta) -> cells.merge(new CellKey(fact.courtId(), m.id(), month,
					fact.departmentId() == null ? CellKey.NO_DEPARTMENT : fact.departmentId(), fact.typeCode()),
					sign * delta, Long::sum));
		}
	}
}
