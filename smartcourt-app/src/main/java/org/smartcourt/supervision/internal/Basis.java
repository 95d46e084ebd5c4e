package org.smartcourt.supervision.internal;

/** How a measure counts a case in time. */
public enum Basis {
	/** A flow: the case counts in the month of its 立案日期 (收案). */
	RECEIVED,
	/** A flow: the case counts in the month of its 结案日期 (结案). */
	CLOSED,
	/** A stock: the case counts at every month's end from its 立案 to its 结案 (未结; at a period's start, 旧存). */
	PENDING,
	/**
	 * A stock: the case counts at a month's end when it has been pending for more than the measure's months by then
	 * (e.g. 超12个月未结).
	 */
	PENDING_OVER;

	public boolean stock() {
		return this == PENDING || this == PENDING_OVER;
	}
}
