package org.smartcourt.fees.internal;

import java.math.BigDecimal;
import java.util.List;

import org.smartcourt.fees.Citation;
import org.smartcourt.fees.DerivationLine;
import org.smartcourt.fees.Money;

/**
 * A scale that charges a fixed fee per case up to a threshold and a percentage of each band above it, added up
 * (按照比例分段累计交纳): the 财产案件 scale of 第十三条第（一）项, the 执行 scale of 第十四条第（一）项第2目 and the 保全
 * scale of 第十四条第（二）项.
 */
record CumulativeScale(BigDecimal fixedYuan, long fixedUpToYuan, String fixedDescription, Citation fixedCitation,
		List<Band> bands) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** 第十三条第（一）项. */
	static final CumulativeScale PROPERTY = new CumulativeScale(BigDecimal.valueOf(50), 10_000, "不超过1万元的，每件交纳50元",
			property(1), List.of(
					Band.of(10_000, 100_000L, "2.5", "超过1万元至10万元的部分", property(2)),
					Band.of(100_000, 200_000L, "2", "超过10万元至20万元的部分", property(3)),
					Band.of(200_000, 500_000L, "1.5", "超过20万元至50万元的部分", property(4)),
					Band.of(500_000, 1_000_000L, "1", "超过50万元至100万元的部分", property(5)),
					Band.of(1_000_000, 2_000_000L, "0.9", "超过100万元至200万元的部分", property(6)),
					Band.of(2_000_000, 5_000_000L, "0.8", "超过200万元至500万元的部分", property(7)),
					Band.of(5_000_000, 10_000_000L, "0.7", "超过500万元至1000万元的部分", property(8)),
					Band.of(10_000_000, 20_000_000L, "0.6", "超过1000万元至2000万元的部分", property(9)),
					Band.of(20_000_000, null, "0.5", "超过2000万元的部分", property(10))));

	/** 第十四条第（一）项第2目. */
	static final CumulativeScale ENFORCEMENT = new CumulativeScale(BigDecimal.valueOf(50), 10_000,
			"执行金额或者价额不超过1万元的，每件交纳50元", enforcement(), List.of(
					Band.of(10_000, 500_000L, "1.5", "超过1万元至50万元的部分", enforcement()),
					Band.of(500_000, 5_000_000L, "1", "超过50万元至500万元的部分", enforcement()),
					Band.of(5_000_000, 10_000_000L, "0.5", "超过500万元至1000万元的部分", enforcement()),
					Band.of(10_000_000, null, "0.1", "超过1000万元的部分", enforcement())));

	/** 第十四条第（二）项, before its cap of 5000 元. */
	static final CumulativeScale PRESERVATION = new CumulativeScale(BigDecimal.valueOf(30), 1_000,
			"财产数额不超过1000元或者不涉及财产数额的，每件交纳30元", preservation(), List.of(
					Band.of(1_000, 100_000L, "1", "超过1000元至10万元的部分", preservation()),
					Band.of(100_000, null, "0.5", "超过10万元的部分", preservation())));

	/** Appends one line per band the amount reaches and returns their exact sum in 元. */
	BigDecimal derive(Money amount, List<DerivationLine> lines) {
		BigDecimal yuan = amount.yuan();
		BigDecimal sum = fixedYuan;
		lines.add(new DerivationLine(fixedDescription, Money.ofYuan(yuan.min(BigDecimal.valueOf(fixedUpToYuan))),
				null, fixedYuan, fixedCitation));
		for (Band band : bands) {
			BigDecimal from = BigDecimal.valueOf(band.fromYuan());
			if (yuan.compareTo(from) <= 0) {
				break;
			}
			BigDecimal upper = band.toYuan() == null ? yuan : yuan.min(BigDecimal.valueOf(band.toYuan()));
			BigDecimal base = upper.subtract(from);
			BigDecimal partial = base.multiply(band.percent()).divide(HUNDRED);
			lines.add(new DerivationLine(band.description(), Money.ofYuan(base), band.percent(), partial,
					band.citation()));
			sum = sum.add(partial);
		}
		return sum;
	}

	private static Citation property(int item) {
		return Citation.measures("第十三条第（一）项第" + item + "目");
	}

	private static Citation enforcement() {
		return Citation.measures("第十四条第（一）项第2目");
	}

	private static Citation preservation() {
		return Citation.measures("第十四条第（二）项");
	}
}
