package org.smartcourt.preservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcourt.fees.Money;
import org.smartcourt.shared.DomainException.FieldProblem;

/** 担保数额: 保全规定第五条 (30% ceiling in litigation, equal before suit, more later) and 第九条 (no security). */
class SecurityAmountTests {

	private static final Money AMOUNT = Money.ofYuan(100_000);

	private static Security cash(long yuan) {
		return new Security(SecurityKind.CASH, Money.ofYuan(yuan), null, null);
	}

	private static List<String> codes(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::code).toList();
	}

	@Test
	void theLitigationCeilingIsThirtyPercentRoundedDownToTheFen() {
		assertThat(SecurityRule.litigationCeiling(AMOUNT)).isEqualTo(Money.ofYuan(30_000));
		assertThat(SecurityRule.litigationCeiling(Money.ofFen(1_001))).isEqualTo(Money.ofFen(300));
	}

	@Test
	void inLitigationTheCourtMayRequireUpToThirtyPercentAndNotACentMore() {
		assertThat(SecurityRule.checkRequirement(PreservationKind.IN_LITIGATION, AMOUNT, Money.ofYuan(30_000), null))
			.isEmpty();
		assertThat(SecurityRule.checkRequirement(PreservationKind.IN_LITIGATION, AMOUNT, Money.ofYuan(10_000), null))
			.isEmpty();
		List<FieldProblem> over = SecurityRule.checkRequirement(PreservationKind.IN_LITIGATION, AMOUNT,
				Money.ofFen(3_000_001), null);
		assertThat(codes(over)).containsExactly("over-ceiling");
		assertThat(over.get(0).messageKey()).isEqualTo("preservation.error.over-ceiling");
		assertThat(over.get(0).args()).containsExactly("30000.00", "30000.01");
	}

	@Test
	void inLitigationWhatIsGivenMustReachWhatTheCourtRequired() {
		assertThat(SecurityRule.checkOffer(PreservationKind.IN_LITIGATION, AMOUNT, cash(30_000), null,
				Money.ofYuan(30_000))).isEmpty();
		assertThat(codes(SecurityRule.checkOffer(PreservationKind.IN_LITIGATION, AMOUNT, cash(29_999), null,
				Money.ofYuan(30_000)))).containsExactly("security-short");
	}

	@Test
	void inLitigationSecurityOrAGroundIsNeeded() {
		assertThat(codes(SecurityRule.checkOffer(PreservationKind.IN_LITIGATION, AMOUNT, null, null, null)))
			.containsExactly("security-or-ground");
		assertThat(SecurityRule.checkOffer(PreservationKind.IN_LITIGATION, AMOUNT, cash(1), null, null)).isEmpty();
	}

	@Test
	void beforeSuitTheSecurityEqualsTheAmount() {
		assertThat(SecurityRule.requiredAtApplication(PreservationKind.PRE_SUIT, AMOUNT)).isEqualTo(AMOUNT);
		assertThat(SecurityRule.checkOffer(PreservationKind.PRE_SUIT, AMOUNT, cash(100_000), null, null)).isEmpty();
		List<FieldProblem> short1 = SecurityRule.checkOffer(PreservationKind.PRE_SUIT, AMOUNT, cash(99_999), null, null);
		assertThat(codes(short1)).containsExactly("security-short");
		assertThat(short1.get(0).messageKey()).isEqualTo("preservation.error.pre-suit-equal");
	}

	@Test
	void beforeSuitTheCourtMayAdjustOnlyWithARecordedReason() {
		assertThat(codes(SecurityRule.checkRequirement(PreservationKind.PRE_SUIT, AMOUNT, Money.ofYuan(50_000), null)))
			.containsExactly("adjust-reason");
		assertThat(SecurityRule.checkRequirement(PreservationKind.PRE_SUIT, AMOUNT, Money.ofYuan(50_000),
				"申请人为小微企业，被申请人已有转移财产迹象")).isEmpty();
		assertThat(SecurityRule.checkRequirement(PreservationKind.PRE_SUIT, AMOUNT, AMOUNT, null)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(NoSecurityGround.class)
	void beforeSuitNoGroundOfArticleNineDispensesWithSecurity(NoSecurityGround ground) {
		assertThat(codes(SecurityRule.checkOffer(PreservationKind.PRE_SUIT, AMOUNT, null, ground, null)))
			.contains("pre-suit-needs-security");
		assertThat(codes(SecurityRule.checkRequirement(PreservationKind.PRE_SUIT, AMOUNT, Money.ZERO, "无需担保")))
			.containsExactly("pre-suit-needs-security");
	}

	@ParameterizedTest
	@EnumSource(value = NoSecurityGround.class, names = "AFTER_JUDGMENT", mode = EnumSource.Mode.EXCLUDE)
	void inLitigationEachGroundOfParagraphOneDispensesWithSecurity(NoSecurityGround ground) {
		assertThat(SecurityRule.checkOffer(PreservationKind.IN_LITIGATION, AMOUNT, null, ground, null)).isEmpty();
		assertThat(codes(SecurityRule.checkOffer(PreservationKind.PRE_ENFORCEMENT, AMOUNT, null, ground, null)))
			.containsExactly("after-judgment-only");
		assertThat(ground.citation()).startsWith("《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第九条第一款第（")
			.endsWith("）项");
		assertThat(ground.text()).endsWith("的");
	}

	@Test
	void afterJudgmentBeforeEnforcementNeedsNoSecurityButOnlyThen() {
		assertThat(SecurityRule.checkOffer(PreservationKind.PRE_ENFORCEMENT, AMOUNT, null,
				NoSecurityGround.AFTER_JUDGMENT, null)).isEmpty();
		assertThat(codes(SecurityRule.checkOffer(PreservationKind.IN_LITIGATION, AMOUNT, null,
				NoSecurityGround.AFTER_JUDGMENT, null))).containsExactly("not-after-judgment");
		assertThat(NoSecurityGround.AFTER_JUDGMENT.citation())
			.isEqualTo("《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第九条第二款");
		assertThat(NoSecurityGround.MAINTENANCE_CLAIM.text()).contains("劳动报酬", "工伤赔偿", "交通事故人身损害赔偿");
	}

	@Test
	void theCourtMayOrderMoreLaterButNotLess() {
		assertThat(SecurityRule.checkIncrease(Money.ofYuan(30_000), Money.ofYuan(50_000))).isEmpty();
		assertThat(codes(SecurityRule.checkIncrease(Money.ofYuan(30_000), Money.ofYuan(30_000))))
			.containsExactly("not-more");
	}

	@Test
	void insuranceAndBankGuaranteesNameTheirIssuer() {
		Security policy = new Security(SecurityKind.LIABILITY_INSURANCE, AMOUNT, "中国人民财产保险股份有限公司", null);
		assertThat(codes(SecurityRule.checkOffer(PreservationKind.PRE_SUIT, AMOUNT, policy, null, null)))
			.containsExactly("security-unidentified");
		Security complete = new Security(SecurityKind.LIABILITY_INSURANCE, AMOUNT, "中国人民财产保险股份有限公司",
				"PICC-2026-0001");
		assertThat(SecurityRule.checkOffer(PreservationKind.PRE_SUIT, AMOUNT, complete, null, null)).isEmpty();
		Security guarantee = new Security(SecurityKind.BANK_GUARANTEE, AMOUNT, "中国银行吉林省分行", "BG-1");
		assertThat(SecurityRule.checkOffer(PreservationKind.PRE_SUIT, AMOUNT, guarantee, null, null)).isEmpty();
	}
}
