package org.smartcourt.cases.internal.closing;

/** 诉讼文书的种类 recorded on a case; closing methods name the kinds they need. */
public enum DocumentKind {
	/** 判决书. */
	JUDGMENT,
	/** 裁定书. */
	RULING,
	/** 调解书. */
	MEDIATION_STATEMENT,
	/** 决定书. */
	DECISION,
	/** 准予撤诉 / 按撤诉处理的裁定书. */
	WITHDRAWAL_RULING,
	/** 移送函. */
	TRANSFER_LETTER,
	/** 执行结案通知书. */
	CLOSING_NOTICE,
	/** 传票. */
	SUMMONS,
	/** 通知书 (应诉、举证、出庭…). */
	NOTICE,
	/** 其他文书. */
	OTHER;

	/** Whether it decides the case and so may be pronounced (宣判/宣告). */
	public boolean isDecision() {
		return this == JUDGMENT || this == RULING || this == WITHDRAWAL_RULING;
	}

	public String labelKey() {
		return "closing.document.kind." + name();
	}
}
