package org.smartcourt.bench.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartcourt.cases.CaseNumber;
import org.smartcourt.deadlines.DeadlineCalculator;
import org.smartcourt.deadlines.DeadlineQuery;
import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.DeadlineRule;
import org.smartcourt.deadlines.Exclusion;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.deadlines.internal.HolidayFile;
import org.smartcourt.deadlines.internal.RuleBook;
import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.FeeSchedule;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.Procedure;

/**
 * The hot paths of every filing and case page (issue 10), without Spring: 诉讼费 assessment (诉讼费用交纳办法 第十三条
 * progressive bands, halved under the simple procedure), 审限/期间 computation on the bundled holiday calendar (months,
 * days, working days across 国庆 and 春节, an excluded period) and case-number parsing (案号规定). The beans are built
 * the way their unit tests build them: the calculator from the bundled rule book and holiday file, the fee calculator
 * from the default schedule (its class is package-private, so through its constructor by reflection), the parser from
 * the type and 专门审判 codes of the bundled catalogue.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DomainBenchmarks {

	private CourtFees fees;
	private FeeRequest loan;
	private FeeRequest largeSimple;
	private DeadlineCalculator calculator;
	private DeadlineRule ordinary;
	private DeadlineRule appraisal;
	private DeadlineRule filingDecision;
	private DeadlineQuery ordinaryQuery;
	private DeadlineQuery appraisalOverHolidays;
	private DeadlineQuery filingBeforeSpringFestival;
	private Set<String> typeCodes;
	private Set<String> specialCodes;

	@Setup
	public void setUp() throws Exception {
		Constructor<?> constructor = Class.forName("org.smartcourt.fees.internal.FeeCalculator")
			.getDeclaredConstructor(FeeSchedule.class);
		constructor.setAccessible(true);
		fees = (CourtFees) constructor.newInstance(FeeSchedule.defaults());
		loan = FeeRequest.of(CaseKind.PROPERTY, Money.ofYuan(100_000));
		largeSimple = FeeRequest.of(CaseKind.PROPERTY, Money.ofYuan(23_456_789)).withProcedure(Procedure.SIMPLE);

		RuleBook rules = RuleBook.bundled();
		calculator = new DeadlineCalculator(HolidayFile.bundled().calendar());
		ordinary = rules.find(RuleId.of("civil-first-ordinary")).orElseThrow();
		appraisal = rules.find(RuleId.of("appraisal")).orElseThrow();
		filingDecision = rules.find(RuleId.of("filing-decision")).orElseThrow();
		ordinaryQuery = DeadlineQuery.of(ordinary.id(), LocalDate.of(2025, 8, 31), List.of(new Exclusion(
				LocalDate.of(2025, 10, 10), LocalDate.of(2025, 11, 9), "鉴定期间")));
		appraisalOverHolidays = DeadlineQuery.of(appraisal.id(), LocalDate.of(2025, 9, 20), List.of());
		filingBeforeSpringFestival = DeadlineQuery.of(filingDecision.id(), LocalDate.of(2026, 2, 12), List.of());

		typeCodes = column("reference/catalogue/case-types.csv", "type_code");
		specialCodes = column("reference/catalogue/special-trial-codes.csv", "code");
	}

	@Benchmark
	public FeeAssessment feeOfALoanSuit() {
		return fees.assess(loan);
	}

	@Benchmark
	public FeeAssessment feeOfALargeClaimUnderTheSimpleProcedure() {
		return fees.assess(largeSimple);
	}

	@Benchmark
	public DeadlineResult trialPeriodOfSixMonthsWithAnExclusion() {
		return calculator.compute(ordinary, ordinaryQuery);
	}

	@Benchmark
	public DeadlineResult appraisalThirtyWorkingDaysAcrossNationalDay() {
		return calculator.compute(appraisal, appraisalOverHolidays);
	}

	@Benchmark
	public DeadlineResult filingDecisionSevenDaysIntoSpringFestival() {
		return calculator.compute(filingDecision, filingBeforeSpringFestival);
	}

	@Benchmark
	public CaseNumber parseABasicCourtNumber() {
		return CaseNumber.parse("（2026）吉0104民初1234号", typeCodes, specialCodes);
	}

	@Benchmark
	public CaseNumber parseAnIntellectualPropertyNumberWithHalfWidthBrackets() {
		return CaseNumber.parse("(2025)吉01知民初64号", typeCodes, specialCodes);
	}

	/** The non-empty values of one column of a bundled CSV (comment lines start with #). */
	private static Set<String> column(String resource, String name) throws IOException {
		Set<String> values = new HashSet<>();
		try (InputStream in = DomainBenchmarks.class.getClassLoader().getResourceAsStream(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String> lines = reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
			int index = List.of(lines.get(0).split(",")).indexOf(name);
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.split(",", -1);
				if (fields.length > index && !fields[index].isBlank()) {
					values.add(fields[index].trim());
				}
			}
		}
		return values;
	}
}
