package org.smartcourt.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.mediation.internal.AverageWages;
import org.smartcourt.mediation.internal.Router;
import org.smartcourt.mediation.internal.RouterSettings;
import org.smartcourt.mediation.internal.WageFigure;

/** 繁简分流: the thresholds at exactly 50% and 2× the wage of the year before, every art. 166 exclusion, the list. */
class RouterTests {

	static final String LOAN = "4.10.103.3";
	static final String SALE = "4.10.84";
	static final LocalDate FILED_2026 = LocalDate.of(2026, 3, 2);

	// 2025: 90,000 元 → 50% = 45,000 元, 2× = 180,000 元; 2024 differs so the year is visible
	final AverageWages wages = new AverageWages(List.of(
			new WageFigure("吉林省", 2024, new BigDecimal("80000"), "测试", true, null),
			new WageFigure("吉林省", 2025, new BigDecimal("90000"), "测试", false, "须以吉林省统计局公布数核对")));
	final Router router = new Router(new RouterSettings(), wages);

	static RoutingInput sale(long yuan) {
		return new RoutingInput(true, SALE, "买卖合同纠纷", yuan * 100, 2, false, false, false, false, false, false,
				FILED_2026);
	}

	static RoutingInput with(RoutingInput in, boolean foreign, boolean unknown, boolean counter, boolean appraisal,
			boolean personal) {
		return new RoutingInput(in.beforeFiling(), in.causeCode(), in.causeName(), in.claimFen(), in.parties(),
				foreign, unknown, counter, appraisal, personal, in.mediationRefused(), in.filedOn());
	}

	@Test
	void exactlyHalfTheWageOfThePreviousYearIsASmallClaim() {
		RoutingSuggestion s = router.route(sale(45_000));
		assertThat(s.track()).isEqualTo(Track.SMALL_CLAIMS);
		assertThat(s.reasons()).first()
			.satisfies(r -> assertThat(r.text()).contains("45,000 元 ≤ 吉林省 2025 年度就业人员年平均工资的 50%（45,000 元）"))
			.satisfies(r -> assertThat(r.citation()).contains("第一百六十五条第一款"));
		assertThat(s.wageUnverified()).isTrue();
		assertThat(s.wageNote()).contains("须以吉林省统计局公布数核对");
	}

	@Test
	void oneFenAboveHalfIsSimpleWithTheNoteThatPartiesMayAgreeToSmallClaims() {
		RoutingInput in = new RoutingInput(true, SALE, "买卖合同纠纷", 4_500_001L, 2, false, false, false, false, false,
				false, FILED_2026);
		RoutingSuggestion s = router.route(in);
		assertThat(s.track()).isEqualTo(Track.SIMPLE);
		assertThat(s.reasons()).extracting(RoutingReason::citation)
			.anyMatch(c -> c.contains("第四条第二款"))
			.anyMatch(c -> c.contains("第一百六十五条第二款"));
	}

	@Test
	void exactlyTwiceTheWageIsSimpleAndOneFenMoreIsOrdinary() {
		assertThat(router.route(sale(180_000)).track()).isEqualTo(Track.SIMPLE);
		RoutingInput above = new RoutingInput(true, SALE, "买卖合同纠纷", 18_000_001L, 2, false, false, false, false,
				false, false, FILED_2026);
		RoutingSuggestion s = router.route(above);
		assertThat(s.track()).isEqualTo(Track.ORDINARY);
		assertThat(s.reasons()).extracting(RoutingReason::text).anyMatch(t -> t.contains("两倍（180,000 元）"));
	}

	@Test
	void theWageOfTheYearBeforeTheFilingDecides() {
		// filed in 2025: the 2024 figure (80,000 → 40,000 元) applies, so 42,000 元 is no small claim
		RoutingInput in2025 = new RoutingInput(true, SALE, "买卖合同纠纷", 4_200_000L, 2, false, false, false, false,
				false, false, LocalDate.of(2025, 12, 31));
		assertThat(router.route(in2025).track()).isEqualTo(Track.SIMPLE);
		assertThat(router.route(in2025).wageUnverified()).isFalse();
		assertThat(router.route(sale(42_000)).track()).isEqualTo(Track.SMALL_CLAIMS);
	}

	@Test
	void aMissingYearFallsBackToTheLatestEarlierOneAndSaysSo() {
		RoutingInput in2028 = new RoutingInput(true, SALE, "买卖合同纠纷", 100_000L, 2, false, false, false, false,
				false, false, LocalDate.of(2028, 1, 5));
		assertThat(router.route(in2028).wageNote()).contains("2027 年度数据尚未录入，暂用 2025 年度数据");
	}

	@Test
	void everyExclusionOfArticle166KeepsASmallClaimOutOfSmallClaims() {
		RoutingInput base = sale(10_000);
		assertExcluded(with(base, false, false, false, false, true), "第（一）项", Track.SIMPLE);
		assertExcluded(with(base, true, false, false, false, false), "第（二）项", Track.ORDINARY);
		assertExcluded(with(base, false, false, false, true, false), "第（三）项", Track.SIMPLE);
		assertExcluded(with(base, false, true, false, false, false), "第（四）项", Track.ORDINARY);
		assertExcluded(with(base, false, false, true, false, false), "第（五）项", Track.SIMPLE);
	}

	private void assertExcluded(RoutingInput in, String item, Track expected) {
		RoutingSuggestion s = router.route(in);
		assertThat(s.track()).as(item).isEqualTo(expected);
		assertThat(s.reasons()).as(item)
			.anyMatch(r -> r.citation().equals("《中华人民共和国民事诉讼法》第一百六十六条" + item));
	}

	@Test
	void aPartyWhoseWhereaboutsAreUnknownRulesOutSimpleProcedureBecauseOfPublicService() {
		RoutingSuggestion s = router.route(with(sale(100_000), false, true, false, false, false));
		assertThat(s.track()).isEqualTo(Track.ORDINARY);
		assertThat(s.reasons()).anyMatch(r -> r.citation().contains("第四条第四款"));
	}

	@Test
	void causesOnTheListGoToPreSuitMediationBeforeFilingWithTheProcedureIfItFails() {
		RoutingInput property = new RoutingInput(true, "4.10.121", "物业服务合同纠纷", 800_000L, 2, false, false, false,
				false, false, false, FILED_2026);
		RoutingSuggestion s = router.route(property);
		assertThat(s.track()).isEqualTo(Track.PRE_SUIT_MEDIATION);
		assertThat(s.procedure()).isEqualTo(Track.SMALL_CLAIMS);
		assertThat(s.reasons().get(0).text()).contains("案由 物业服务合同纠纷 列入诉前调解适宜类型（本院配置）");
		assertThat(s.reasons().get(0).citation()).contains("在线调解规则");
		// sub-causes are covered: 离婚纠纷 under 婚姻家庭纠纷
		assertThat(router.route(new RoutingInput(true, "2.2.14", "离婚纠纷", null, 2, false, false, false, false, true,
				false, FILED_2026)).track()).isEqualTo(Track.PRE_SUIT_MEDIATION);
	}

	@Test
	void smallDebtsOnlyAndNeverWhenAPartyRefusedOrTheCaseIsRegistered() {
		RoutingInput small = new RoutingInput(true, LOAN, "民间借贷纠纷", 10_000_000L, 2, false, false, false, false,
				false, false, FILED_2026);
		assertThat(router.route(small).track()).isEqualTo(Track.PRE_SUIT_MEDIATION);
		RoutingInput big = new RoutingInput(true, LOAN, "民间借贷纠纷", 10_000_001L, 2, false, false, false, false,
				false, false, FILED_2026);
		assertThat(router.route(big).track()).isEqualTo(Track.SIMPLE);
		RoutingInput refused = new RoutingInput(true, LOAN, "民间借贷纠纷", 800_000L, 2, false, false, false, false,
				false, true, FILED_2026);
		RoutingSuggestion s = router.route(refused);
		assertThat(s.track()).isEqualTo(Track.SMALL_CLAIMS);
		assertThat(s.reasons().get(0).text()).contains("当事人不同意调解");
		RoutingInput registered = new RoutingInput(false, LOAN, "民间借贷纠纷", 800_000L, 2, false, false, false, false,
				false, false, FILED_2026);
		assertThat(router.route(registered).track()).isEqualTo(Track.SMALL_CLAIMS);
	}

	@Test
	void manyPartiesOrNoAmountGoToOrdinary() {
		RoutingInput many = new RoutingInput(true, SALE, "买卖合同纠纷", 100_000L, 11, false, false, false, false, false,
				false, FILED_2026);
		assertThat(router.route(many).track()).isEqualTo(Track.ORDINARY);
		RoutingInput noAmount = new RoutingInput(true, SALE, "买卖合同纠纷", null, 2, false, false, false, false, false,
				false, FILED_2026);
		assertThat(router.route(noAmount).track()).isEqualTo(Track.ORDINARY);
		assertThat(router.route(noAmount).wageNote()).isNull();
	}
}
