package org.smartcourt.hearings;

/**
 * 延期开庭的事由, as listed in 《民事诉讼法》(2023) 第一百四十九条. Ground (四) needs the 院长's approval (2019 规定
 * 第六条, which names the same item under its earlier number, art. 146(4)).
 */
public enum AdjournmentGround {
	/** （一）必须到庭的当事人和其他诉讼参与人有正当理由没有到庭的. */
	ABSENCE("（一）"),
	/** （二）当事人临时提出回避申请的. */
	RECUSAL("（二）"),
	/** （三）需要通知新的证人到庭，调取新的证据，重新鉴定、勘验，或者需要补充调查的. */
	NEW_EVIDENCE("（三）"),
	/** （四）其他应当延期的情形. */
	OTHER("（四）");

	private final String item;

	AdjournmentGround(String item) {
		this.item = item;
	}

	/** 「《民事诉讼法》第一百四十九条第（一）项」. */
	public String citation() {
		return "《民事诉讼法》第一百四十九条第" + item + "项";
	}

	/** Whether the 院长 must approve (2019 规定第六条). */
	public boolean needsPresidentApproval() {
		return this == OTHER;
	}

	public String labelKey() {
		return "hearing.adjournment.ground." + name();
	}
}
