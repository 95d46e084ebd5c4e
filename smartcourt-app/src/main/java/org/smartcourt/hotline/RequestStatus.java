package org.smartcourt.hotline;

/** 办理状态 of a 12368 request: 已受理 → 已分派 → 处理中 → 已答复 → 已回访 → 已办结. */
public enum RequestStatus {

	/** 已受理. */
	RECEIVED,
	/** 已分派: routed to a judge, supervisor or colleague. */
	ASSIGNED,
	/** 处理中. */
	IN_PROGRESS,
	/** 已答复. */
	ANSWERED,
	/** 已回访. */
	CALLED_BACK,
	/** 已办结. */
	CLOSED;

	/** Whether the requester is still waiting for an answer (counts for the service target). */
	public boolean awaitsAnswer() {
		return this == RECEIVED || this == ASSIGNED || this == IN_PROGRESS;
	}

	public String labelKey() {
		return "hotline.status." + name();
	}
}
