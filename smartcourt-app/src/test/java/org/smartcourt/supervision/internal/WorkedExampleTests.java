package org.smartcourt.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.supervision.Period;

/**
 * The indicators of {@code indicators.json} on the worked examples of the Jilin court report (domain-rules §10.2),
 * computed by hand: 结案率 93 / (10 + 99) = 85.32%, 一审服判息诉率 (93 − 4) / 93 = 95.70%, 一审被改判、发回重审率
 * 2 / 93 = 2.15%, and 结收比 140 / 152 = 0.921052…, which rounds to 92.11% (the report prints 92.12%).
 */
class WorkedExampleTests {

	private static final Period H1_2019 = Period.parse("2019-01..2019-06");

	private final Definitions definitions = Facts.shipped();
	private final FactEvaluation evaluation = new FactEvaluation(definitions);

	private Map<String, IndicatorValue> compute(List<CaseFact> facts, Period period, int judges) {
		Map<String, CellStore.Sums> sums = MeasureSums.of(facts, definitions.measures(), evaluation, period);
		Map<String, IndicatorValue> out = new java.util.HashMap<>();
		for (Indicator i : definitions.indicators()) {
			Period p = i.yearToDate() ? period.yearToDate() : period;
			Map<String, CellStore.Sums> s = i.yearToDate()
					? MeasureSums.of(facts, definitions.measures(), evaluation, p) : sums;
			out.put(i.id(), Formula.evaluate(i, s, p, judges, definitions));
		}
		return out;
	}

	/** 10 old pending, 99 new; 93 closed (the 10 old and 83 new) by judgment; 4 appealed, 2 of them revised. */
	private static List<CaseFact> jilinReport() {
		List<CaseFact> facts = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			facts.add(Facts.closed(Facts.open("220104", "民初", LocalDate.of(2018, 11, 5)), LocalDate.of(2019, 3, 1),
					"JUDGMENT", "JUDGMENT"));
		}
		for (int i = 0; i < 99; i++) {
			CaseFact f = Facts.open("220104", "民初", LocalDate.of(2019, 2, 11));
			facts.add(i < 83 ? Facts.closed(f, LocalDate.of(2019, 5, 20), "JUDGMENT", "JUDGMENT") : f);
		}
		for (int i = 0; i < 4; i++) {
			facts.set(i, Facts.appealed(facts.get(i), i < 2 ? "REVISED" : i == 2 ? "UPHELD" : null));
		}
		// closed before the period: counts in none of its figures
		facts.add(Facts.closed(Facts.open("220104", "民初", LocalDate.of(2018, 9, 1)), LocalDate.of(2018, 12, 28),
				"JUDGMENT", "JUDGMENT"));
		// left out of the statistics by 类型代字
		facts.add(Facts.closed(Facts.open("220104", "诉前调书", LocalDate.of(2019, 2, 1)), LocalDate.of(2019, 2, 20),
				"MEDIATION", "MEDIATED"));
		return facts;
	}

	@Test
	void closureRateIsClosedOverOldPendingPlusNew() {
		Map<String, IndicatorValue> v = compute(jilinReport(), H1_2019, 5);
		assertThat(v.get("old-pending").value()).isEqualByComparingTo("10");
		assertThat(v.get("received").value()).isEqualByComparingTo("99");
		assertThat(v.get("closed").value()).isEqualByComparingTo("93");
		assertThat(v.get("pending").value()).isEqualByComparingTo("16");
		assertThat(v.get("closure-rate").value()).isEqualByComparingTo("0.8532");
	}

	@Test
	void appealFiguresFollowTheReport() {
		Map<String, IndicatorValue> v = compute(jilinReport(), H1_2019, 5);
		assertThat(v.get("first-instance-acceptance").value()).isEqualByComparingTo("0.9570");
		assertThat(v.get("appeal-rate").value()).isEqualByComparingTo("0.0430");
		assertThat(v.get("revised-remanded").value()).isEqualByComparingTo("0.0215");
		assertThat(v.get("closed-per-judge").value()).isEqualByComparingTo("18.6");
	}

	@Test
	void closedToReceivedRatio() {
		List<CaseFact> facts = new ArrayList<>();
		for (int i = 0; i < 152; i++) {
			CaseFact f = Facts.open("220104", "民初", LocalDate.of(2019, 1, 10));
			facts.add(i < 140 ? Facts.closed(f, LocalDate.of(2019, 4, 1), "MEDIATION", "MEDIATED") : f);
		}
		Map<String, IndicatorValue> v = compute(facts, H1_2019, 1);
		assertThat(v.get("closed-received-ratio").value()).isEqualByComparingTo("0.9211");
		assertThat(v.get("mediation-rate").value()).isEqualByComparingTo("1.0000");
	}

	@Test
	void aZeroDenominatorGivesNoValue() {
		Map<String, IndicatorValue> v = compute(List.of(), H1_2019, 0);
		assertThat(v.get("closure-rate").value()).isNull();
		assertThat(v.get("received").value()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void withinTheLegalAndTheNormalPeriod() {
		CaseFact inTime = Facts.closed(Facts.open("220104", "民初", LocalDate.of(2019, 1, 2)),
				LocalDate.of(2019, 3, 1), "JUDGMENT", "JUDGMENT");
		CaseFact extendedInTime = new CaseFact(inTime.caseId(), "220104", null, null, null, "x", "t", "民初", "0301",
				"ORDINARY", LocalDate.of(2019, 1, 3), 2, "JUDGMENT", "JUDGMENT", LocalDate.of(2019, 5, 1),
				"CIVIL_ORDINARY", LocalDate.of(2019, 12, 3), 1, 0, null, null, null, null, false, 0);
		CaseFact late = Facts.closed(Facts.open("220104", "民初", LocalDate.of(2018, 7, 2)), LocalDate.of(2019, 2, 1),
				"JUDGMENT", "JUDGMENT");
		Map<String, IndicatorValue> v = compute(List.of(inTime, extendedInTime, late), H1_2019, 1);
		assertThat(v.get("within-legal-period").value()).isEqualByComparingTo("0.6667");
		assertThat(v.get("within-normal-period").value()).isEqualByComparingTo("0.3333");
		assertThat(v.get("extension-rate").value()).isEqualByComparingTo("0.3333");
	}

	@Test
	void longPendingCasesCountFromTheDayAfterTwelveMonths() {
		CaseFact old = Facts.open("220104", "民初", LocalDate.of(2018, 6, 29));
		CaseFact young = Facts.open("220104", "民初", LocalDate.of(2018, 6, 30));
		Period june = Period.parse("2019-06");
		Map<String, IndicatorValue> v = compute(List.of(old, young), june, 1);
		// on 2019-06-30 the first has been pending for more than 12 months, the second for exactly 12 months
		assertThat(v.get("pending-over-12-months").value()).isEqualByComparingTo("0.5000");
	}

	@Test
	void balancedClosingReadsTheYearSoFarAgainstTheMonthsFloor() {
		Map<String, IndicatorValue> v = compute(jilinReport(), Period.parse("2019-05"), 5);
		IndicatorValue balanced = v.get("balanced-closing");
		assertThat(balanced.value()).isEqualByComparingTo("0.8532");
		assertThat(balanced.floor()).isEqualByComparingTo("0.42");
		assertThat(balanced.belowFloor()).isFalse();
		assertThat(balanced.terms().get(0).period()).isEqualTo(Period.parse("2019-01..2019-05"));
	}
}
