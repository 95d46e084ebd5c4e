package org.smartcourt.hotline.internal;

import org.smartcourt.hotline.RequestKind;

/**
 * Figures for one court and kind in a period (by day of receipt).
 *
 * @param received requests received.
 * @param answered answered by now.
 * @param onTime answered by their due date.
 * @param counted answered or past their due date: the base of the on-time rate (requests still open and not yet due
 *        are not counted either way).
 * @param ratings satisfaction ratings given; {@code satisfactionSum} their sum.
 */
public record StatisticsRow(String courtId, String courtName, RequestKind kind, long received, long answered,
		long onTime, long counted, long ratings, long satisfactionSum) {

	/** 按期答复率 in percent, or {@literal null} when nothing counts yet. */
	public Double onTimeRate() {
		return counted == 0 ? null : Math.round(1000.0 * onTime / counted) / 10.0;
	}

	/** 平均满意度 (1–5), or {@literal null} without ratings. */
	public Double averageSatisfaction() {
		return ratings == 0 ? null : Math.round(100.0 * satisfactionSum / ratings) / 100.0;
	}
}
