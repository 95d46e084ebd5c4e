package org.smartcourt.service.internal;

/** Where a service stands. */
public enum ServingStatus {
	/** 待送达: waiting for a clerk to choose a method (no consent to 电子送达, or a document nobody served yet). */
	PENDING,
	/** 送达中: sent or under way, not yet effective. */
	IN_PROGRESS,
	/** 已送达: effective. */
	EFFECTIVE,
	/** 送达失败: every channel failed. */
	FAILED;

	public String labelKey() {
		return "service.status." + name();
	}
}
