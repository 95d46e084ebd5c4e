package org.smartcourt.fees.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.smartcourt.fees.CaseKind;
import org.smartcourt.fees.Citation;
import org.smartcourt.fees.CourtFees;
import org.smartcourt.fees.DerivationLine;
import org.smartcourt.fees.FeeAssessment;
import org.smartcourt.fees.FeeCategory;
import org.smartcourt.fees.FeeRequest;
import org.smartcourt.fees.FeeSchedule;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.Procedure;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * 《诉讼费用交纳办法》 as arithmetic. Every partial fee is kept exact; the sum is rounded once, to the fen, half up
 * ({@link Money#roundedHalfUp}). Only the 1/3 of a 支付令 cannot be exact: it is carried to {@value #SCALE} decimals
 * of a 元 before that final rounding.
 */
@Service
class FeeCalculator implements CourtFees {

	static final String ROUNDING_RULE = "各分段费用按精确值累计，合计金额最后一次四舍五入到分（《诉讼费用交纳办法》未规定尾数处理，"
			+ "以人民币为计算单位见第五十五条）。";

	private static final int SCALE = 10;
	private static final BigDecimal TWO = BigDecimal.valueOf(2);
	private static final BigDecimal THREE = BigDecimal.valueOf(3);

	private final FeeSchedule schedule;

	FeeCalculator(FeeSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public FeeSchedule schedule() {
		return schedule;
	}

	@Override
	public FeeAssessment assess(FeeRequest request) {
		FeeRequestRules.check(request);
		List<DerivationLine> lines = new ArrayList<>();
		BigDecimal exact;
		if (request.exemption() != null) {
			lines.add(new DerivationLine("不交纳案件受理费：" + request.exemption().summary(), null, null, BigDecimal.ZERO,
					request.exemption().citation()));
			exact = BigDecimal.ZERO;
		}
		else {
			exact = fee(request, lines);
			exact = halved(request, exact, lines);
		}
		return new FeeAssessment(request, request.kind().category(), exact, Money.roundedHalfUp(exact), lines,
				ROUNDING_RULE);
	}

	private BigDecimal fee(FeeRequest r, List<DerivationLine> lines) {
		return switch (r.kind()) {
			case PROPERTY -> CumulativeScale.PROPERTY.derive(r.amount(), lines);
			case DIVORCE -> divorce(r, lines);
			case PERSONALITY_RIGHTS -> personality(r, lines);
			case OTHER_NON_PROPERTY -> perCase(lines, "其他非财产案件每件（" + schedule.name() + "标准）",
					schedule.otherNonPropertyFee(), "第十三条第（二）项第3目");
			case INTELLECTUAL_PROPERTY -> intellectualProperty(r, lines);
			case LABOUR -> perCase(lines, "劳动争议案件每件交纳10元", Money.ofYuan(10), "第十三条第（四）项");
			case ADMINISTRATIVE_TRADEMARK -> perCase(lines, "商标行政案件每件交纳100元", Money.ofYuan(100),
					"第十三条第（五）项第1目");
			case ADMINISTRATIVE_PATENT -> perCase(lines, "专利行政案件每件交纳100元", Money.ofYuan(100), "第十三条第（五）项第1目");
			case ADMINISTRATIVE_MARITIME -> perCase(lines, "海事行政案件每件交纳100元", Money.ofYuan(100),
					"第十三条第（五）项第1目");
			case ADMINISTRATIVE_OTHER -> perCase(lines, "其他行政案件每件交纳50元", Money.ofYuan(50), "第十三条第（五）项第2目");
			case JURISDICTION_OBJECTION -> perCase(lines, "管辖权异议不成立，每件（" + schedule.name() + "标准）",
					schedule.jurisdictionObjectionFee(), "第十三条第（六）项");
			case ENFORCEMENT -> r.amount() == null
					? perCase(lines, "没有执行金额或者价额的，每件（" + schedule.name() + "标准）",
							schedule.enforcementWithoutAmountFee(), "第十四条第（一）项第1目")
					: CumulativeScale.ENFORCEMENT.derive(r.amount(), lines);
			case PRESERVATION -> preservation(r, lines);
			case PAYMENT_ORDER -> paymentOrder(r, lines);
			case PUBLIC_SUMMONS -> perCase(lines, "申请公示催告的，每件交纳100元", Money.ofYuan(100), "第十四条第（四）项");
			case ARBITRATION_REVIEW -> perCase(lines, "申请撤销仲裁裁决或者认定仲裁协议效力的，每件交纳400元", Money.ofYuan(400),
					"第十四条第（五）项");
			case BANKRUPTCY -> bankruptcy(r, lines);
		};
	}

	private BigDecimal divorce(FeeRequest r, List<DerivationLine> lines) {
		BigDecimal sum = perCase(lines, "离婚案件每件（" + schedule.name() + "标准）", schedule.divorceFee(),
				"第十三条第（二）项第1目");
		if (r.divorceProperty() != null) {
			sum = sum.add(above(r.divorceProperty(), 200_000, null, "0.5", "分割财产总额超过20万元的部分",
					"第十三条第（二）项第1目", lines));
		}
		return sum;
	}

	private BigDecimal personality(FeeRequest r, List<DerivationLine> lines) {
		BigDecimal sum = perCase(lines, "侵害人格权案件每件（" + schedule.name() + "标准）", schedule.personalityRightsFee(),
				"第十三条第（二）项第2目");
		if (r.damages() != null) {
			sum = sum.add(above(r.damages(), 50_000, 100_000L, "1", "赔偿金额超过5万元至10万元的部分", "第十三条第（二）项第2目",
					lines));
			sum = sum.add(above(r.damages(), 100_000, null, "0.5", "赔偿金额超过10万元的部分", "第十三条第（二）项第2目", lines));
		}
		return sum;
	}

	private BigDecimal intellectualProperty(FeeRequest r, List<DerivationLine> lines) {
		if (r.amount() == null) {
			return perCase(lines, "知识产权民事案件没有争议金额或者价额的，每件（" + schedule.name() + "标准）",
					schedule.intellectualPropertyFee(), "第十三条第（三）项");
		}
		lines.add(new DerivationLine("知识产权民事案件有争议金额或者价额的，按照财产案件的标准交纳", null, null, BigDecimal.ZERO,
				Citation.measures("第十三条第（三）项")));
		return CumulativeScale.PROPERTY.derive(r.amount(), lines);
	}

	private BigDecimal preservation(FeeRequest r, List<DerivationLine> lines) {
		BigDecimal sum = CumulativeScale.PRESERVATION.derive(r.amount() == null ? Money.ZERO : r.amount(), lines);
		BigDecimal cap = BigDecimal.valueOf(5_000);
		if (sum.compareTo(cap) > 0) {
			lines.add(new DerivationLine("申请保全措施交纳的费用最多不超过5000元", null, null, cap.subtract(sum),
					Citation.measures("第十四条第（二）项")));
			return cap;
		}
		return sum;
	}

	private BigDecimal paymentOrder(FeeRequest r, List<DerivationLine> lines) {
		BigDecimal full = CumulativeScale.PROPERTY.derive(r.amount(), lines);
		BigDecimal third = full.divide(THREE, SCALE, RoundingMode.HALF_UP);
		lines.add(new DerivationLine("申请支付令，比照财产案件受理费标准的1/3交纳", null, null, third.subtract(full),
				Citation.measures("第十四条第（三）项")));
		return third;
	}

	private BigDecimal bankruptcy(FeeRequest r, List<DerivationLine> lines) {
		BigDecimal full = CumulativeScale.PROPERTY.derive(r.amount(), lines);
		BigDecimal half = full.divide(TWO);
		lines.add(new DerivationLine("破产案件按照财产案件受理费标准减半交纳", null, null, half.subtract(full),
				Citation.measures("第十四条第（六）项")));
		BigDecimal cap = BigDecimal.valueOf(300_000);
		if (half.compareTo(cap) > 0) {
			lines.add(new DerivationLine("破产案件申请费最高不超过30万元", null, null, cap.subtract(half),
					Citation.measures("第十四条第（六）项")));
			return cap;
		}
		return half;
	}

	/**
	 * 第十五条 (调解、撤诉) and 第十六条 (简易程序) each halve the 案件受理费; when several apply the fee is still halved
	 * once only (民诉法解释第二百零六条: 人民法院决定减半收取案件受理费的，只能减半一次).
	 */
	private static BigDecimal halved(FeeRequest r, BigDecimal fee, List<DerivationLine> lines) {
		List<String> grounds = new ArrayList<>();
		List<Citation> citations = new ArrayList<>();
		if (r.procedure() == Procedure.SIMPLE) {
			grounds.add("适用简易程序审理");
			citations.add(Citation.measures("第十六条"));
		}
		if (r.mediation()) {
			grounds.add("以调解方式结案");
			citations.add(Citation.measures("第十五条"));
		}
		if (r.withdrawal()) {
			grounds.add("当事人申请撤诉");
			citations.add(Citation.measures("第十五条"));
		}
		if (grounds.isEmpty()) {
			return fee;
		}
		if (!r.kind().halvable()) {
			String what = r.kind().category() == FeeCategory.APPLICATION ? "申请费" : "管辖权异议不成立应交纳的费用";
			lines.add(new DerivationLine(String.join("、", grounds) + "：减半只适用于案件受理费，" + what + "不减半", null, null,
					BigDecimal.ZERO, citations.get(0)));
			return fee;
		}
		BigDecimal half = fee.divide(TWO);
		lines.add(new DerivationLine(grounds.get(0) + "，减半交纳案件受理费", null, null, half.subtract(fee),
				citations.get(0)));
		if (grounds.size() > 1) {
			lines.add(new DerivationLine(String.join("、", grounds.subList(1, grounds.size())) + "，不再减半：减半收取案件受理费只能减半一次",
					null, null, BigDecimal.ZERO, Citation.interpretation("第二百零六条")));
		}
		return half;
	}

	private static BigDecimal perCase(List<DerivationLine> lines, String description, Money fee, String article) {
		lines.add(new DerivationLine(description, null, null, fee.yuan(), Citation.measures(article)));
		return fee.yuan();
	}

	private static BigDecimal above(Money amount, long fromYuan, Long toYuan, String percent, String description,
			String article, List<DerivationLine> lines) {
		BigDecimal yuan = amount.yuan();
		BigDecimal from = BigDecimal.valueOf(fromYuan);
		if (yuan.compareTo(from) <= 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal upper = toYuan == null ? yuan : yuan.min(BigDecimal.valueOf(toYuan));
		BigDecimal base = upper.subtract(from);
		BigDecimal rate = new BigDecimal(percent);
		BigDecimal partial = base.multiply(rate).movePointLeft(2);
		lines.add(new DerivationLine(description, Money.ofYuan(base), rate, partial, Citation.measures(article)));
		return partial;
	}
}
