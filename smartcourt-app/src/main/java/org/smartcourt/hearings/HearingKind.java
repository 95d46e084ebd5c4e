package org.smartcourt.hearings;

/** What a sitting is for. */
public enum HearingKind {
	/** 开庭审理. */
	TRIAL,
	/** 庭前会议. */
	PRETRIAL_MEETING,
	/** 调解. */
	MEDIATION,
	/** 宣判. */
	PRONOUNCEMENT;

	/**
	 * Whether a public sitting of this kind is announced (开庭公告, 《民事诉讼法》第一百三十九条 speaks of 开庭). A
	 * 庭前会议 is no 开庭, and 调解过程不公开 unless the parties agree (《民事诉讼法解释》第一百四十六条).
	 */
	public boolean announced() {
		return this == TRIAL || this == PRONOUNCEMENT;
	}

	public String labelKey() {
		return "hearing.kind." + name();
	}
}
