package org.smartcourt.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.DomainException;

/**
 * 延长审限 terms: who approves, how long, by when to apply and to decide (2019年规定第一条 for 民商事, 2000年规定第十三条、
 * 第十四条 for administrative cases, 刑诉解释第二百一十条 for criminal cases), and the refusals.
 */
class ExtensionTermsTests {

	private static final LocalDate DUE = LocalDate.of(2026, 9, 2);

	private static ExtensionTerms terms(String rule, int nth) {
		return CaseClockWorkedExampleTests.ENGINE.extensionTerms(RuleId.of(rule), nth, DUE);
	}

	@Test
	void theFirstOrdinaryExtensionIsThePresidentsSixMonthsAppliedFifteenAndDecidedFiveDaysBefore() {
		ExtensionTerms first = terms("civil-first-ordinary", 1);
		assertThat(first.allowed()).isTrue();
		assertThat(first.approver()).isEqualTo("本院院长");
		assertThat(first.higherCourt()).isFalse();
		assertThat(first.maxLength()).isEqualTo(6);
		assertThat(first.unit()).isEqualTo(PeriodUnit.MONTHS);
		assertThat(first.requestBy()).isEqualTo(LocalDate.of(2026, 8, 18));
		assertThat(first.decideBy()).isEqualTo(LocalDate.of(2026, 8, 28));
		assertThat(first.citation()).contains("《民事诉讼法》第一百五十二条", "第一条第二款");
		assertThat(first.refusal()).isEmpty();
	}

	@Test
	void aRequestIsInTimeUpToFifteenDaysBeforeExpiryAndRefusedAfter() {
		ExtensionTerms first = terms("civil-first-ordinary", 1);
		assertThat(first.requestInTime(LocalDate.of(2026, 8, 18))).isTrue();
		assertThat(first.refusalOn(LocalDate.of(2026, 8, 18))).isEmpty();
		assertThat(first.requestInTime(LocalDate.of(2026, 8, 19))).isFalse();
		assertThat(first.refusalOn(LocalDate.of(2026, 8, 19))).hasValueSatisfying(
				text -> assertThat(text).contains("2026年8月18日", "已逾期", "第一条第二款"));
	}

	@Test
	void theSecondOrdinaryExtensionGoesToTheHigherCourtWithoutAFixedLength() {
		ExtensionTerms second = terms("civil-first-ordinary", 2);
		assertThat(second.allowed()).isTrue();
		assertThat(second.approver()).isEqualTo("上一级人民法院");
		assertThat(second.higherCourt()).isTrue();
		assertThat(second.maxLength()).isNull();
		assertThat(second.requestBy()).isEqualTo(LocalDate.of(2026, 8, 18));
		assertThat(second.citation()).contains("第一条第三款");
		assertThat(terms("civil-first-ordinary", 3).approver()).isEqualTo("上一级人民法院");
	}

	@Test
	void simpleProcedureAllowsOneMonthOnceAndRefusesASecond() {
		ExtensionTerms first = terms("civil-first-simple", 1);
		assertThat(first.allowed()).isTrue();
		assertThat(first.maxLength()).isEqualTo(1);
		assertThat(first.citation()).contains("《民事诉讼法》第一百六十四条", "第二百五十八条");
		ExtensionTerms second = terms("civil-first-simple", 2);
		assertThat(second.allowed()).isFalse();
		assertThat(second.requestInTime(LocalDate.of(2026, 1, 1))).isFalse();
		assertThat(second.refusal()).hasValueSatisfying(text -> assertThat(text).contains("四个月", "第二百五十八条"));
		assertThat(second.refusalOn(LocalDate.of(2026, 1, 1))).isEqualTo(second.refusal());
		assertThat(terms("civil-small-claims", 2).refusal()).hasValueSatisfying(
				text -> assertThat(text).contains("第一百六十八条"));
	}

	@Test
	void otherCaseTypesHaveTheirApproversAndWindows() {
		ExtensionTerms administrative = terms("administrative-first", 1);
		assertThat(administrative.approver()).isEqualTo("高级人民法院");
		assertThat(administrative.higherCourt()).isTrue();
		assertThat(administrative.requestBy()).isEqualTo(LocalDate.of(2026, 8, 23));
		assertThat(administrative.decideBy()).isEqualTo(LocalDate.of(2026, 8, 30));
		assertThat(administrative.citation()).contains("《行政诉讼法》第八十一条", "第十三条");
		ExtensionTerms criminal = terms("criminal-first", 1);
		assertThat(criminal.approver()).isEqualTo("上一级人民法院");
		assertThat(criminal.maxLength()).isEqualTo(3);
		assertThat(criminal.citation()).contains("第二百零八条", "第二百一十条第二款");
		assertThat(terms("criminal-first", 2).approver()).isEqualTo("最高人民法院");
		assertThat(terms("criminal-second", 1).approver()).isEqualTo("高级人民法院");
		ExtensionTerms enforcement = terms("enforcement", 1);
		assertThat(enforcement.approver()).isEqualTo("本院院长");
		assertThat(enforcement.maxLength()).isEqualTo(3);
		assertThat(enforcement.requestBy()).isEqualTo(LocalDate.of(2026, 8, 23));
		assertThat(enforcement.decideBy()).isEqualTo(DUE);
		assertThat(terms("civil-second-judgment", 1).approver()).isEqualTo("本院院长");
		assertThat(terms("special-procedure", 1).citation()).contains("第一百八十七条");
		assertThat(terms("administrative-simple", 1).refusal()).hasValueSatisfying(
				text -> assertThat(text).contains("第八十三条"));
		assertThat(terms("criminal-retrial", 2).allowed()).isFalse();
	}

	@Test
	void aPeriodWithoutExtensionRulesIsRefusedAndBadInputIsInvalid() {
		ExtensionTerms defence = terms("defence", 1);
		assertThat(defence.allowed()).isFalse();
		assertThat(defence.refusal()).hasValueSatisfying(text -> assertThat(text).contains("答辩期", "第一百二十八条"));
		assertThatThrownBy(() -> CaseClockWorkedExampleTests.ENGINE.extensionTerms(RuleId.of("nope"), 0, null))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
				.extracting(DomainException.FieldProblem::field)
				.containsExactly("rule", "nth", "due"));
	}

	@Test
	void everyTrialRuleWithExtensionsIsARule() {
		assertThat(CaseClockWorkedExampleTests.EXTENSIONS.rules())
			.allSatisfy(id -> assertThat(WorkedExampleTests.RULES.find(id)).as(id.value()).isPresent());
	}
}
