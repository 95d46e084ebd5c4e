package org.smartcourt.notification;

/**
 * What a message is about. It decides whether a person may switch the message off and whether it may wait for the
 * end of their quiet hours.
 */
public enum Category {
	/** 送达 and service notices (在线诉讼规则 art. 32): required by law, so nobody may switch them off. */
	SERVICE(true, false),
	/** Hearing dates and summonses. */
	HEARING(true, false),
	/** Case progress: filing decisions, registration, closing. */
	CASE_PROGRESS(false, false),
	/** Statutory deadlines (审限) and reminders to staff. */
	DEADLINE(false, false),
	/** 12368 requests, answers and callbacks. */
	HOTLINE(false, false),
	/** Sign-in codes and account security: sent at once, always. */
	SECURITY(true, true),
	/** Anything else from the platform. */
	SYSTEM(false, false);

	private final boolean mandatory;
	private final boolean urgent;

	Category(boolean mandatory, boolean urgent) {
		this.mandatory = mandatory;
		this.urgent = urgent;
	}

	/** Whether the law or security requires it, so preferences cannot switch it off. */
	public boolean isMandatory() {
		return mandatory;
	}

	/** Whether it is sent even in the recipient's quiet hours. */
	public boolean isUrgent() {
		return urgent;
	}
}
