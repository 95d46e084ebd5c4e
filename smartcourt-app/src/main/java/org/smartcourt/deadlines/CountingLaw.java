package org.smartcourt.deadlines;

/**
 * The statute whose counting rules apply to a proceeding: start day not counted, and the last day moved off a rest
 * day.
 */
public enum CountingLaw {

	/** 《民事诉讼法》第八十五条. */
	CIVIL(new Citation("民事诉讼法", "第八十五条", "第二款", "", "2023-09-01"),
			new Citation("民事诉讼法", "第八十五条", "第三款", "", "2023-09-01")),
	/** 《行政诉讼法》第一百零一条 applies 《民事诉讼法》第八十五条 to 期间. */
	ADMINISTRATIVE(new Citation("民事诉讼法", "第八十五条", "第二款", "", "2023-09-01"),
			new Citation("民事诉讼法", "第八十五条", "第三款", "", "2023-09-01")),
	/** 《刑事诉讼法》第一百零五条: no move while the defendant is in custody (在押). */
	CRIMINAL(new Citation("刑事诉讼法", "第一百零五条", "第二款", "", "2018-10-26"),
			new Citation("刑事诉讼法", "第一百零五条", "第四款", "", "2018-10-26"));

	private final Citation startDay;
	private final Citation lastDay;

	CountingLaw(Citation startDay, Citation lastDay) {
		this.startDay = startDay;
		this.lastDay = lastDay;
	}

	/** 期间开始的时和日不计算在期间内. */
	public Citation startDay() {
		return startDay;
	}

	/** 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期. */
	public Citation lastDay() {
		return lastDay;
	}

	/** The text that makes another law's counting rule apply, shown with the citation; empty for 民事. */
	public String via() {
		return this == ADMINISTRATIVE ? "（依《行政诉讼法》第一百零一条适用）" : "";
	}
}
