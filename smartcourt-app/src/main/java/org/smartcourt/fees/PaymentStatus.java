package org.smartcourt.fees;

/** Where a fee stands. Only {@link #DUE}, {@link #REDUCED} and {@link #DEFERRED} can still be paid. */
public enum PaymentStatus {
	/** 待缴. */
	DUE,
	/** 已缴. */
	PAID,
	/** 免交 by decision (司法救助, 第四十五条; 自然人 only, 第四十四条第二款). */
	WAIVED,
	/** 减交 by decision (第四十六条: the reduction is at least 30%); the reduced amount is still to pay. */
	REDUCED,
	/** 缓交 by decision (第四十七条、第四十九条); the amount is still to pay, later. */
	DEFERRED,
	/** 已退费 (e.g. 第二十七条, 第五十三条第二款). */
	REFUNDED;

	public boolean payable() {
		return this == DUE || this == REDUCED || this == DEFERRED;
	}

	public String labelKey() {
		return "fees.payment.status." + name();
	}
}
