package org.smartcourt.preservation;

/** Where a measure stands. */
public enum MeasureStatus {

	/** 已裁定，待执行: ordered, not yet carried out. */
	ORDERED,
	/** 保全中: in force until its expiry date. */
	ACTIVE,
	/** 已解除. */
	LIFTED,
	/**
	 * 已失效: the period ended without renewal (《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十七条 (2020): 期限届满，人民法院未办理延期手续的，查封、扣押、冻结的效力消灭).
	 */
	LAPSED;

	public String labelKey() {
		return "preservation.measure-status." + name();
	}
}
