package org.smartcourt.preservation;

/** 保全措施 (《民事诉讼法》第一百零六条: 查封、扣押、冻结或者法律规定的其他方法). */
public enum MeasureKind {

	/** 冻结. */
	FREEZE,
	/** 查封. */
	SEIZURE,
	/** 扣押. */
	ATTACHMENT;

	public String labelKey() {
		return "preservation.measure." + name();
	}
}
