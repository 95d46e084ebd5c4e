package org.smartcourt.cases.internal.closing;

/** 宣判方式 (民诉法 art. 151): in court right after the hearing, or on a fixed later date. */
public enum PronouncementMode {
	/** 当庭宣判. */
	IN_COURT,
	/** 定期宣判. */
	FIXED_DATE;

	public String labelKey() {
		return "closing.pronouncement.mode." + name();
	}
}
