package org.smartcourt.appraisal;

/** Where an entrustment (委托鉴定) stands. */
public enum EntrustmentStatus {

	/** 待选择: requested by the judge; the parties may agree on an institution (2002 规定 art. 10). */
	SELECTING,
	/** 待摇号: the random draw is scheduled. */
	DRAW_SCHEDULED,
	/** 已委托: the 委托书 is sent; the institution has not accepted yet. */
	ENTRUSTED,
	/** 鉴定中: accepted; the 鉴定期限 runs. */
	IN_PROGRESS,
	/** 待补充材料: the institution asked for material; the wait is not counted. */
	AWAITING_MATERIAL,
	/** 已出具: the 鉴定意见书 was received. */
	REPORTED,
	/** 已终止. */
	TERMINATED;

	public String labelKey() {
		return "appraisal.status." + name();
	}

	/** Whether the 鉴定期限 is running (or paused for material). */
	public boolean running() {
		return this == IN_PROGRESS || this == AWAITING_MATERIAL;
	}

	/** Whether an institution may still be chosen. */
	public boolean selecting() {
		return this == SELECTING || this == DRAW_SCHEDULED;
	}
}
