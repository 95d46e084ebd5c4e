package org.smartcourt.hearings;

/**
 * 不公开审理的理由. Civil hearings are public unless they involve state secrets or personal privacy, or the law says
 * otherwise; divorce and trade-secret cases may be heard in private on a party's application (《民事诉讼法》
 * 第一百三十七条). Cases of defendants under eighteen are never public (《刑事诉讼法》第二百八十五条).
 */
public enum ClosedGround {
	/** 涉及国家秘密. */
	STATE_SECRET(false, "《民事诉讼法》第一百三十七条第一款"),
	/** 涉及个人隐私. */
	PRIVACY(false, "《民事诉讼法》第一百三十七条第一款"),
	/** 未成年人案件. */
	MINOR(false, "《刑事诉讼法》第二百八十五条"),
	/** 涉及商业秘密，当事人申请不公开. */
	TRADE_SECRET(true, "《民事诉讼法》第一百三十七条第二款"),
	/** 离婚案件，当事人申请不公开. */
	DIVORCE(true, "《民事诉讼法》第一百三十七条第二款");

	private final boolean onApplication;
	private final String citation;

	ClosedGround(boolean onApplication, String citation) {
		this.onApplication = onApplication;
		this.citation = citation;
	}

	/** Whether the hearing may be closed only when a party applies for it. */
	public boolean onApplication() {
		return onApplication;
	}

	public String citation() {
		return citation;
	}

	public String labelKey() {
		return "hearing.closed." + name();
	}
}
