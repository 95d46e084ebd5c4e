package org.smartcourt.deadlines;

/**
 * One statutory period as data: 审限, 答辩期, 上诉期, 公告期, 保全期限 and the like.
 *
 * @param id stable id.
 * @param name Chinese name, e.g. 民事一审简易程序审限.
 * @param proceeding the proceeding it applies to, e.g. 民事一审·简易程序.
 * @param length how many units.
 * @param unit hours, days, working days, months or years.
 * @param startEvent the event the period runs from, e.g. 立案; the day of that event is not counted.
 * @param citation the article that sets the period.
 * @param counting the statute whose counting rules apply.
 * @param movesOffRestDay whether a last day on a rest day moves to the next working day; false for hour periods
 *        and for points in time (公告送达生效, 保全期限届满) where moving would be unsafe or meaningless.
 * @param confidence how sure we are of the citation.
 * @param note a caveat or variant shown with the rule, or empty.
 */
public record DeadlineRule(RuleId id, String name, String proceeding, int length, PeriodUnit unit,
		String startEvent, Citation citation, CountingLaw counting, boolean movesOffRestDay, Confidence confidence,
		String note) {

	/** 「三个月」. */
	public String lengthText() {
		return unit.describe(length);
	}
}
