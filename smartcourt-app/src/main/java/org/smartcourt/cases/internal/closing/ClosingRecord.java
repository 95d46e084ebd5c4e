package org.smartcourt.cases.internal.closing;

import java.time.LocalDate;

/**
 * A case's 结案 record.
 *
 * @param methodVersion the version of the closing-method list the method came from.
 * @param amountAwardedFen 判决或调解确定的给付金额 in fen, or {@literal null}.
 */
public record ClosingRecord(String methodCode, String methodName, String methodVersion, String statisticGroup,
		LocalDate closedOn, Long amountAwardedFen, String closedBy) {

	/** The amount in 元 with two decimals, or {@literal null}. */
	public String amountYuan() {
		return amountAwardedFen == null ? null
				: java.math.BigDecimal.valueOf(amountAwardedFen).movePointLeft(2).toPlainString();
	}
}
