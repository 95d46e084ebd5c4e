package org.smartcourt.fees.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.DerivationLine;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeeExemption;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.FeeSchedule;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.Procedure;
import org.smartcourt.shared.DomainException;

/** Worked examples of 《诉讼费用交纳办法》第八条、第十三条至第十六条, band boundary by band boundary. */
class FeeCalculatorTests {

	private final FeeCalculator fees = new FeeCalculator(FeeSchedule.defaults());

	private final FeeCalculator jilin = new FeeCalculator(new FeeSchedule("吉林省", new BigDecimal("200"),
			new BigDecimal("300"), new BigDecimal("80"), new BigDecimal("800"), new BigDecimal("70"),
			new BigDecimal("100")));

	private FeeAssessment assess(CaseKind kind, String yuan) {
		return fees.assess(FeeRequest.of(kind, yuan == null ? null : Money.parseYuan(yuan)));
	}

	private BigDecimal exactSum(FeeAssessment a) {
		return a.lines().stream().map(DerivationLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@ParameterizedTest(name = "财产案件 {0} 元 → {1} 元 (exact {2})")
	@CsvSource({
			// 第十三条第（一）项: each boundary and one fen above it
			"0.01, 50.00, 50",
			"10000, 50.00, 50",
			"10000.01, 50.00, 50.00025",
			"10000.20, 50.01, 50.005",
			"100000, 2300.00, 2300",
			"100000.01, 2300.00, 2300.0002",
			"200000, 4300.00, 4300",
			"200000.01, 4300.00, 4300.00015",
			"500000, 8800.00, 8800",
			"500000.01, 8800.00, 8800.0001",
			"1000000, 13800.00, 13800",
			"1000000.01, 13800.00, 13800.00009",
			"2000000, 22800.00, 22800",
			"2000000.01, 22800.00, 22800.00008",
			"5000000, 46800.00, 46800",
			"5000000.01, 46800.00, 46800.00007",
			"10000000, 81800.00, 81800",
			"10000000.01, 81800.00, 81800.00006",
			"20000000, 141800.00, 141800",
			"20000000.01, 141800.00, 141800.00005",
			"20000100, 141800.50, 141800.5",
			"100000000, 541800.00, 541800" })
	void propertyCaseBands(String claim, String total, String exact) {
		FeeAssessment a = assess(CaseKind.PROPERTY, claim);
		assertThat(a.total()).isEqualTo(Money.parseYuan(total));
		assertThat(a.exact()).isEqualByComparingTo(exact);
		assertThat(exactSum(a)).isEqualByComparingTo(a.exact());
	}

	@Test
	void theIssuesTwoExamplesWithTheirDerivation() {
		FeeAssessment hundredThousand = assess(CaseKind.PROPERTY, "100000");
		assertThat(hundredThousand.total()).isEqualTo(Money.ofYuan(2300));
		assertThat(hundredThousand.lines()).extracting(DerivationLine::description)
			.containsExactly("不超过1万元的，每件交纳50元", "超过1万元至10万元的部分");
		DerivationLine band = hundredThousand.lines().get(1);
		assertThat(band.base()).isEqualTo(Money.ofYuan(90_000));
		assertThat(band.rateText()).isEqualTo("2.5%");
		assertThat(band.amountText()).isEqualTo("2250.00");
		assertThat(band.citation().text()).isEqualTo("「《诉讼费用交纳办法》第十三条第（一）项第2目」");

		FeeAssessment million = assess(CaseKind.PROPERTY, "1000000");
		assertThat(million.total()).isEqualTo(Money.ofYuan(13_800));
		assertThat(million.lines()).hasSize(5);
	}

	@Test
	void roundsOnceToTheFenHalfUp() {
		// 10,000.20 元: 50 + 0.20 × 2.5% = 50.005 → 50.01 (half-even would give 50.00)
		assertThat(assess(CaseKind.PROPERTY, "10000.20").total()).isEqualTo(Money.parseYuan("50.01"));
		assertThat(assess(CaseKind.PROPERTY, "10000.19").total()).isEqualTo(Money.parseYuan("50.00"));
	}

	@Test
	void divorceAddsHalfAPercentAboveTwoHundredThousand() {
		FeeRequest divorce = FeeRequest.of(CaseKind.DIVORCE, null);
		assertThat(fees.assess(divorce).total()).isEqualTo(Money.ofYuan(50));
		assertThat(jilin.assess(divorce).total()).isEqualTo(Money.ofYuan(200));
		assertThat(jilin.assess(divorce.withDivorceProperty(Money.ofYuan(200_000))).total())
			.isEqualTo(Money.ofYuan(200));
		assertThat(jilin.assess(divorce.withDivorceProperty(Money.ofYuan(300_000))).total())
			.isEqualTo(Money.ofYuan(700));
		assertThat(jilin.assess(divorce).lines().get(0).citation().article()).isEqualTo("第十三条第（二）项第1目");
		assertThat(jilin.assess(divorce).lines().get(0).description()).contains("吉林省标准");
	}

	@Test
	void personalityRightsDamagesBands() {
		FeeRequest case1 = FeeRequest.of(CaseKind.PERSONALITY_RIGHTS, null);
		assertThat(jilin.assess(case1).total()).isEqualTo(Money.ofYuan(300));
		assertThat(jilin.assess(case1.withDamages(Money.ofYuan(50_000))).total()).isEqualTo(Money.ofYuan(300));
		// 300 + 50,000 × 1%
		assertThat(jilin.assess(case1.withDamages(Money.ofYuan(100_000))).total()).isEqualTo(Money.ofYuan(800));
		// 300 + 500 + 100,000 × 0.5%
		assertThat(jilin.assess(case1.withDamages(Money.ofYuan(200_000))).total()).isEqualTo(Money.ofYuan(1_300));
	}

	@Test
	void otherNonPropertyLabourAdministrativeAndJurisdiction() {
		assertThat(assess(CaseKind.OTHER_NON_PROPERTY, null).total()).isEqualTo(Money.ofYuan(50));
		assertThat(jilin.assess(FeeRequest.of(CaseKind.OTHER_NON_PROPERTY, null)).total()).isEqualTo(Money.ofYuan(80));
		assertThat(assess(CaseKind.LABOUR, null).total()).isEqualTo(Money.ofYuan(10));
		assertThat(assess(CaseKind.ADMINISTRATIVE_TRADEMARK, null).total()).isEqualTo(Money.ofYuan(100));
		assertThat(assess(CaseKind.ADMINISTRATIVE_PATENT, null).total()).isEqualTo(Money.ofYuan(100));
		assertThat(assess(CaseKind.ADMINISTRATIVE_MARITIME, null).total()).isEqualTo(Money.ofYuan(100));
		assertThat(assess(CaseKind.ADMINISTRATIVE_OTHER, null).total()).isEqualTo(Money.ofYuan(50));
		assertThat(jilin.assess(FeeRequest.of(CaseKind.JURISDICTION_OBJECTION, null)).total())
			.isEqualTo(Money.ofYuan(70));
	}

	@Test
	void intellectualPropertyWithAndWithoutAmount() {
		assertThat(jilin.assess(FeeRequest.of(CaseKind.INTELLECTUAL_PROPERTY, null)).total())
			.isEqualTo(Money.ofYuan(800));
		FeeAssessment withAmount = assess(CaseKind.INTELLECTUAL_PROPERTY, "1000000");
		assertThat(withAmount.total()).isEqualTo(Money.ofYuan(13_800));
		assertThat(withAmount.lines().get(0).citation().article()).isEqualTo("第十三条第（三）项");
	}

	@Test
	void simpleProcedureHalves() {
		FeeAssessment a = fees.assess(FeeRequest.of(CaseKind.PROPERTY, Money.ofYuan(100_000))
			.withProcedure(Procedure.SIMPLE));
		assertThat(a.total()).isEqualTo(Money.ofYuan(1_150));
		assertThat(a.lines().get(a.lines().size() - 1).citation().article()).isEqualTo("第十六条");
		assertThat(fees.assess(FeeRequest.of(CaseKind.LABOUR, null).withProcedure(Procedure.SIMPLE)).total())
			.isEqualTo(Money.ofYuan(5));
	}

	@Test
	void mediationAndWithdrawalHalve() {
		FeeRequest million = FeeRequest.of(CaseKind.PROPERTY, Money.ofYuan(1_000_000));
		FeeAssessment mediated = fees.assess(million.withMediation());
		assertThat(mediated.total()).isEqualTo(Money.ofYuan(6_900));
		assertThat(mediated.lines().get(mediated.lines().size() - 1).citation().article()).isEqualTo("第十五条");
		assertThat(fees.assess(million.withWithdrawal()).total()).isEqualTo(Money.ofYuan(6_900));
	}

	@Test
	void halvingGroundsCombineIntoOneHalvingOnly() {
		FeeAssessment a = fees.assess(FeeRequest.of(CaseKind.PROPERTY, Money.ofYuan(1_000_000))
			.withProcedure(Procedure.SIMPLE)
			.withMediation());
		assertThat(a.total()).isEqualTo(Money.ofYuan(6_900));
		DerivationLine last = a.lines().get(a.lines().size() - 1);
		assertThat(last.amount()).isZero();
		assertThat(last.citation().text())
			.isEqualTo("「《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百零六条」");
		assertThat(exactSum(a)).isEqualByComparingTo(a.exact());
	}

	@Test
	void halvingRoundsTheHalfOnce() {
		// 10,000.20 元: 50.005 / 2 = 50.0025 → 25.00
		assertThat(fees.assess(FeeRequest.of(CaseKind.PROPERTY, Money.parseYuan("10000.20"))
			.withProcedure(Procedure.SIMPLE)).total()).isEqualTo(Money.parseYuan("25.00"));
	}

	@Test
	void applicationFeesAreNotHalved() {
		FeeAssessment a = fees.assess(FeeRequest.of(CaseKind.PUBLIC_SUMMONS, null).withProcedure(Procedure.SIMPLE));
		assertThat(a.total()).isEqualTo(Money.ofYuan(100));
		assertThat(fees.assess(FeeRequest.of(CaseKind.JURISDICTION_OBJECTION, null).withMediation()).total())
			.isEqualTo(Money.ofYuan(50));
	}

	@Test
	void articleEightCasesPayNothing() {
		for (FeeExemption exemption : FeeExemption.values()) {
			FeeAssessment a = fees.assess(FeeRequest.of(CaseKind.PROPERTY, Money.ofYuan(1_000_000))
				.withExemption(exemption));
			assertThat(a.total()).isEqualTo(Money.ZERO);
			assertThat(a.lines()).singleElement()
				.satisfies(l -> assertThat(l.citation().article()).startsWith("第八条第"));
		}
		assertThat(fees.assess(FeeRequest.of(CaseKind.PROPERTY, null).withExemption(FeeExemption.SPECIAL_PROCEDURE))
			.total()).as("no amount is needed when nothing is owed").isEqualTo(Money.ZERO);
		assertThat(FeeExemption.ADMINISTRATIVE_COMPENSATION.citation().text())
			.isEqualTo("「《诉讼费用交纳办法》第八条第（四）项」");
	}

	@ParameterizedTest(name = "保全 {0} 元 → {1} 元")
	@CsvSource({ "0, 30.00", "1000, 30.00", "1000.01, 30.00", "1001, 30.01", "100000, 1020.00", "100000.01, 1020.00",
			"200000, 1520.00", "896000, 5000.00", "896000.01, 5000.00", "1000000, 5000.00", "100000000, 5000.00" })
	void preservationFeeAndItsCap(String amount, String total) {
		FeeAssessment a = assess(CaseKind.PRESERVATION, amount);
		assertThat(a.total()).isEqualTo(Money.parseYuan(total));
		assertThat(exactSum(a)).isEqualByComparingTo(a.exact());
	}

	@Test
	void preservationWithoutAmountPaysThirty() {
		assertThat(assess(CaseKind.PRESERVATION, null).total()).isEqualTo(Money.ofYuan(30));
		assertThat(assess(CaseKind.PRESERVATION, "1000000").lines()).last()
			.satisfies(l -> assertThat(l.description()).contains("最多不超过5000元"));
	}

	@Test
	void paymentOrderPaysOneThird() {
		assertThat(assess(CaseKind.PAYMENT_ORDER, "1000000").total()).isEqualTo(Money.ofYuan(4_600));
		// 2300 / 3 = 766.666… → 766.67
		assertThat(assess(CaseKind.PAYMENT_ORDER, "100000").total()).isEqualTo(Money.parseYuan("766.67"));
		assertThat(assess(CaseKind.PAYMENT_ORDER, "10000").total()).isEqualTo(Money.parseYuan("16.67"));
	}

	@Test
	void publicSummonsAndArbitrationReview() {
		assertThat(assess(CaseKind.PUBLIC_SUMMONS, null).total()).isEqualTo(Money.ofYuan(100));
		assertThat(assess(CaseKind.ARBITRATION_REVIEW, null).total()).isEqualTo(Money.ofYuan(400));
	}

	@ParameterizedTest(name = "执行 {0} 元 → {1} 元")
	@CsvSource({ "10000, 50.00", "10000.01, 50.00", "10100, 51.50", "500000, 7400.00", "500000.01, 7400.00",
			"5000000, 52400.00", "5000000.01, 52400.00", "10000000, 77400.00", "10000000.01, 77400.00",
			"20000000, 87400.00" })
	void enforcementBands(String amount, String total) {
		assertThat(assess(CaseKind.ENFORCEMENT, amount).total()).isEqualTo(Money.parseYuan(total));
	}

	@Test
	void enforcementWithoutAmountUsesTheProvincialFee() {
		assertThat(jilin.assess(FeeRequest.of(CaseKind.ENFORCEMENT, null)).total()).isEqualTo(Money.ofYuan(100));
	}

	@Test
	void bankruptcyIsHalfThePropertyFeeCappedAtThreeHundredThousand() {
		assertThat(assess(CaseKind.BANKRUPTCY, "1000000").total()).isEqualTo(Money.ofYuan(6_900));
		// 541,800 / 2 = 270,900 at 1亿; above roughly 1.18亿 the cap applies
		assertThat(assess(CaseKind.BANKRUPTCY, "100000000").total()).isEqualTo(Money.ofYuan(270_900));
		assertThat(assess(CaseKind.BANKRUPTCY, "1000000000").total()).isEqualTo(Money.ofYuan(300_000));
	}

	@Test
	void refusesInputsTheKindDoesNotUse() {
		assertThatThrownBy(() -> assess(CaseKind.PROPERTY, null)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field)
					.containsExactly("amount"));
		assertThatThrownBy(() -> assess(CaseKind.LABOUR, "100")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> fees.assess(FeeRequest.of(CaseKind.PUBLIC_SUMMONS, null)
			.withExemption(FeeExemption.SPECIAL_PROCEDURE))).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> fees.assess(FeeRequest.of(CaseKind.PROPERTY, Money.ofYuan(1))
			.withMediation()
			.withWithdrawal())).isInstanceOf(DomainException.class);
	}
}
