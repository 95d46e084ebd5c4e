package org.smartcourt.preservation;

/** Where a 保全申请 stands. */
public enum ApplicationStatus {

	/** 待裁定. */
	SUBMITTED,
	/** 待提供担保: the court required (more) security (保全规定第五条). */
	AWAITING_SECURITY,
	/** 已裁定保全，待执行. */
	GRANTED,
	/** 已执行: the measures were taken. */
	ENFORCED,
	/** 已驳回. */
	DISMISSED,
	/** 已解除: every measure was lifted. */
	LIFTED;

	public String labelKey() {
		return "preservation.status." + name();
	}

	public boolean awaitsRuling() {
		return this == SUBMITTED;
	}
}
