package org.smartcourt.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of 人民币 in 分 (fen), never negative. 《诉讼费用交纳办法》第五十五条 makes 人民币 the unit of account; the
 * smallest unit that can be paid is one 分, so amounts are whole fen and anything finer is rounded by
 * {@link #roundedHalfUp(BigDecimal)}.
 */
public record Money(long fen) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	public Money {
		if (fen < 0) {
			throw new IllegalArgumentException("money must not be negative: " + fen);
		}
	}

	public static Money ofFen(long fen) {
		return new Money(fen);
	}

	public static Money ofYuan(long yuan) {
		return new Money(Math.multiplyExact(yuan, 100));
	}

	/**
	 * An exact amount in 元 with at most two decimals.
	 *
	 * @throws IllegalArgumentException when it is negative or has more than two decimals (finer than one 分).
	 */
	public static Money ofYuan(BigDecimal yuan) {
		if (yuan.signum() < 0) {
			throw new IllegalArgumentException("money must not be negative: " + yuan);
		}
		if (yuan.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("money is counted in whole fen: " + yuan);
		}
		return new Money(yuan.movePointRight(2).longValueExact());
	}

	/** Parses {@code "100000"} or {@code "100000.5"} or {@code "100000.50"} (元). */
	public static Money parseYuan(String yuan) {
		return ofYuan(new BigDecimal(yuan.trim()));
	}

	/**
	 * Rounds an exact amount in 元 to the fen, half up (四舍五入). The 办法 states no rounding rule; rounding half up to
	 * the smallest payable unit is the ordinary rule of Chinese public finance, and rounding once, at the end,
	 * keeps band-by-band results from accumulating error.
	 */
	public static Money roundedHalfUp(BigDecimal yuan) {
		return ofYuan(yuan.setScale(2, RoundingMode.HALF_UP));
	}

	/** The amount in 元, scale 2. */
	public BigDecimal yuan() {
		return BigDecimal.valueOf(fen, 2);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(fen, other.fen));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(fen, other.fen));
	}

	public boolean isZero() {
		return fen == 0;
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(fen, other.fen);
	}

	/** {@code 2300.00}: 元 with two decimals, as the derivation shows it. */
	@Override
	public String toString() {
		return yuan().toPlainString();
	}
}
