package org.smartcourt.filing;

/**
 * 诉讼地位. In a private prosecution the plaintiff is the 自诉人 and the defendant the 被告人; in an appeal
 * ({@link FilingKind#isAppeal()}) the plaintiff is the 上诉人, the defendant the 被上诉人 and the third party the
 * 原审第三人 (the one who appeals takes the plaintiff's place whatever their first-instance role).
 */
public enum PartyRole {
	/** 原告 / 自诉人 / 上诉人. */
	PLAINTIFF,
	/** 被告 / 被告人 / 被上诉人. */
	DEFENDANT,
	/** 第三人 / 原审第三人. */
	THIRD_PARTY
}
