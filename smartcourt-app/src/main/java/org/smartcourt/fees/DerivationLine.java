package org.smartcourt.fees;

import java.math.BigDecimal;

/**
 * One step of a fee's derivation, as a UI shows it in a table row.
 *
 * @param description what this step is, in Chinese, in the words of the article (e.g. 超过1万元至10万元的部分).
 * @param base the part of the amount this step applies to, or {@literal null} for a fixed fee.
 * @param ratePercent the rate in percent (2.5 for 2.5%), or {@literal null} for a fixed fee or an adjustment.
 * @param amount what this step adds, exact and unrounded, in 元; negative for a reduction (halving, cap).
 * @param citation where the rule comes from.
 */
public record DerivationLine(String description, Money base, BigDecimal ratePercent, BigDecimal amount,
		Citation citation) {

	/** The amount in 元 as shown: at least two decimals, more only when the exact partial fee has them. */
	public String amountText() {
		BigDecimal shown = amount.stripTrailingZeros();
		return (shown.scale() < 2 ? shown.setScale(2) : shown).toPlainString();
	}

	/** {@code 2.5%}, or empty. */
	public String rateText() {
		return ratePercent == null ? "" : ratePercent.stripTrailingZeros().toPlainString() + "%";
	}
}
