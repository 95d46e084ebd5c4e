package org.smartcourt.fees;

/** Which of the 诉讼费用 of 《诉讼费用交纳办法》第六条 a {@link CaseKind} pays. */
public enum FeeCategory {
	/** 案件受理费 (第六条第（一）项, 第十三条): the only fee that 第十五条 and 第十六条 halve. */
	CASE_ACCEPTANCE,
	/** 申请费 (第六条第（二）项, 第十四条). */
	APPLICATION
}
