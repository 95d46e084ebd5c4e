package org.smartcourt.deadlines;

/** How a period is counted (《民事诉讼法》第八十五条第二款: 期间以时、日、月、年计算). */
public enum PeriodUnit {

	/** 小时: ends at the hour, never moved for rest days. */
	HOURS("小时"),
	/** 日: calendar days. */
	DAYS("日"),
	/** 工作日: rest days skipped, 调休 working days counted. */
	WORKING_DAYS("个工作日"),
	/** 月: calendar months; a missing corresponding day means the month's last day. */
	MONTHS("个月"),
	/** 年: calendar years; 2月29日 plus one year is 2月28日. */
	YEARS("年");

	private final String suffix;

	PeriodUnit(String suffix) {
		this.suffix = suffix;
	}

	/** 「三个月」, 「十五日」, 「四十八小时」. */
	public String describe(int length) {
		return ChineseNumber.of(length) + suffix;
	}
}
