package org.smartcourt.fees;

import java.math.BigDecimal;
import java.util.List;

/**
 * An assessed fee with the derivation that produced it.
 *
 * @param request what was assessed.
 * @param category 案件受理费 or 申请费.
 * @param exact the exact sum of the derivation lines, in 元, before rounding.
 * @param total what is owed: {@code exact} rounded to the fen, half up ({@link Money#roundedHalfUp}).
 * @param lines the derivation, in order; their amounts add up to {@code exact}.
 * @param roundingRule a one-sentence statement of the rounding applied, in Chinese.
 */
public record FeeAssessment(FeeRequest request, FeeCategory category, BigDecimal exact, Money total,
		List<DerivationLine> lines, String roundingRule) {

	public FeeAssessment {
		lines = List.copyOf(lines);
	}
}
