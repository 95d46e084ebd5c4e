package org.smartcourt.service.internal;

/** A step of a service's trail (全程留痕, 在线诉讼规则 art. 31 para. 3). */
public enum TrailStep {
	/** The message was queued for a channel. */
	QUEUED,
	/** The channel accepted it: the system's 发送成功 record. */
	SENT,
	/** It reached the recipient's system (for the platform inbox and the providers, the same moment as 发送成功). */
	DELIVERED,
	/** 已阅知: the in-app message was opened or the link in the SMS or e-mail followed. */
	OPENED,
	/** 收悉: the recipient confirmed receipt in 我的文书. */
	ACKNOWLEDGED,
	/** The channel could not deliver. */
	FAILED,
	/** The recipient asked for the paper document (民诉法 art. 90 para. 1). */
	PAPER_REQUESTED,
	/** The recipient proved another arrival date (民诉解释 art. 135 para. 2). */
	PROVEN_DATE,
	/** A step of another method: handed to the post, receipt returned, signed, left, published. */
	RECORDED,
	/** Service took effect. */
	EFFECTIVE;

	public String labelKey() {
		return "service.step." + name();
	}
}
