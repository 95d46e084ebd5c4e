package org.smartcourt.supervision.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcourt.supervision.Period;
import org.smartcourt.supervision.StatisticsScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the indicators of a scope and period from the monthly cells (a court, an area, a department) or from the
 * judge's own cases; never from a scan of all cases.
 */
@Service
public class IndicatorBoard {

	private final Definitions definitions;
	private final CellStore cells;
	private final CaseFactStore facts;
	private final Scopes scopes;
	private final FactEvaluation evaluation;

	IndicatorBoard(Definitions definitions, FactEvaluation evaluation, CellStore cells, CaseFactStore facts, Scopes scopes) {
		this.definitions = definitions;
		this.cells = cells;
		this.facts = facts;
		this.scopes = scopes;
		this.evaluation = evaluation;
	}

	/** Every indicator, in the order of the definitions. */
	@Transactional(readOnly = true)
	public List<IndicatorValue> compute(StatisticsScope scope, Period period) {
		return compute(scope, period, definitions.indicators());
	}

	@Transactional(readOnly = true)
	public List<IndicatorValue> compute(StatisticsScope scope, Period period, List<Indicator> indicators) {
		Period ytd = period.yearToDate();
		Map<String, CellStore.Sums> main = sums(scope, period, terms(indicators, false));
		Map<String, CellStore.Sums> yearToDate = indicators.stream().anyMatch(Indicator::yearToDate)
				? sums(scope, ytd, terms(indicators, true)) : Map.of();
		int judges = indicators.stream().anyMatch(i -> i.formulaText().contains(Definitions.JUDGES))
				? scopes.judges(scope) : 0;
		List<IndicatorValue> out = new ArrayList<>();
		for (Indicator i : indicators) {
			out.add(i.yearToDate() ? value(i, yearToDate, ytd, judges) : value(i, main, period, judges));
		}
		return out;
	}

	/** One number: a measure read in the period, or at its start or end. */
	@Transactional(readOnly = true)
	public long number(StatisticsScope scope, Period period, Measure measure, Indicator.When when) {
		CellStore.Sums s = sums(scope, period, List.of(new Indicator.Term(measure.id(), when)))
			.getOrDefault(measure.id(), CellStore.Sums.ZERO);
		return Formula.read(s, when);
	}

	/** One indicator month by month, for a trend line. */
	@Transactional(readOnly = true)
	public List<IndicatorValue> trend(StatisticsScope scope, Indicator indicator, Period period) {
		List<IndicatorValue> out = new ArrayList<>();
		for (var month : period.months()) {
			out.addAll(compute(scope, Period.month(month), List.of(indicator)));
		}
		return out;
	}

	/** One indicator for each of some courts, from one query over their cells. */
	@Transactional(readOnly = true)
	public Map<String, IndicatorValue> byCourt(List<String> courts, Set<String> typeCodes, Period period,
			Indicator indicator) {
		Period p = indicator.yearToDate() ? period.yearToDate() : period;
		List<Indicator.Term> terms = indicator.terms();
		Map<String, Map<String, CellStore.Sums>> sums = cells.sumsByCourt(courts, typeCodes, flows(terms),
				stocks(terms), p.firstDay(), p.to().atDay(1));
		Map<org.smartcourt.shared.CourtId, Integer> judges = indicator.formulaText().contains(Definitions.JUDGES)
				? scopes.judgesPerCourt(courts.stream().map(org.smartcourt.shared.CourtId::new).toList()) : Map.of();
		Map<String, IndicatorValue> out = new java.util.LinkedHashMap<>();
		for (String court : courts) {
			out.put(court, value(indicator, sums.getOrDefault(court, Map.of()), p,
					judges.getOrDefault(new org.smartcourt.shared.CourtId(court), 0)));
		}
		return out;
	}

	private static List<Indicator.Term> terms(List<Indicator> indicators, boolean yearToDate) {
		return indicators.stream().filter(i -> i.yearToDate() == yearToDate).flatMap(i -> i.terms().stream()).toList();
	}

	private static Set<String> flows(List<Indicator.Term> terms) {
		Set<String> out = new LinkedHashSet<>();
		terms.stream().filter(t -> t.when() == Indicator.When.PERIOD).forEach(t -> out.add(t.measure()));
		return out;
	}

	private static Set<String> stocks(List<Indicator.Term> terms) {
		Set<String> out = new LinkedHashSet<>();
		terms.stream().filter(t -> t.when() != Indicator.When.PERIOD).forEach(t -> out.add(t.measure()));
		return out;
	}

	private Map<String, CellStore.Sums> sums(StatisticsScope scope, Period period, List<Indicator.Term> terms) {
		Set<String> flows = flows(terms);
		Set<String> stocks = stocks(terms);
		if (scope.judgeId() != null) {
			List<Measure> measures = definitions.measures()
				.stream()
				.filter(m -> flows.contains(m.id()) || stocks.contains(m.id()))
				.toList();
			List<CaseFact> own = facts.ofJudge(scope.judgeId(), period.firstDay(), period.lastDay())
				.stream()
				.filter(f -> scope.typeCodes().isEmpty() || scope.typeCodes().contains(f.typeCode()))
				.toList();
			return MeasureSums.of(own, measures, evaluation, period);
		}
		return cells.sums(scope.courtIds(), scope.departmentId(), scope.typeCodes(), flows, stocks,
				period.firstDay(), period.to().atDay(1));
	}

	private IndicatorValue value(Indicator indicator, Map<String, CellStore.Sums> sums, Period period, int judges) {
		return Formula.evaluate(indicator, sums, period, judges, definitions);
	}
}
