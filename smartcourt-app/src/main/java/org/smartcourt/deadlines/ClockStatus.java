package org.smartcourt.deadlines;

/** Where a case's period stands on a given day. */
public enum ClockStatus {
	/** Running, not yet near expiry. */
	RUNNING,
	/** Running and within the warning window (default 15 days). */
	NEAR_EXPIRY,
	/** Paused: an excluded interval (中止, 鉴定…) is open. */
	PAUSED,
	/** The last day has passed (超审限). */
	OVERDUE;

	public String labelKey() {
		return "deadlines.clock.status." + name();
	}
}
