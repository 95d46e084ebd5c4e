package org.smartcourt.filing;

/** 诉讼地位. In a private prosecution the plaintiff is the 自诉人 and the defendant the 被告人. */
public enum PartyRole {
	/** 原告 / 自诉人. */
	PLAINTIFF,
	/** 被告 / 被告人. */
	DEFENDANT,
	/** 第三人. */
	THIRD_PARTY
}
