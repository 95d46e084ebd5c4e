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

	public String labelKey() {
		return "hearing.kind." + name();
	}
}
