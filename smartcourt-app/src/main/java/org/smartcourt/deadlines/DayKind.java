package org.smartcourt.deadlines;

/** What the State Council's 节假日安排 makes of a day. */
public enum DayKind {
	/** 放假 (法定节假日 or a rest day of its 调休). */
	REST,
	/** 调休上班: a Saturday or Sunday that is a working day. */
	WORKDAY
}
