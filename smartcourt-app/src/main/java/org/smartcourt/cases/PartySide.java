package org.smartcourt.cases;

/** 诉讼地位 of a party in this case. */
public enum PartySide {
	/** 原告 / 自诉人. */
	PLAINTIFF,
	/** 被告 / 被告人. */
	DEFENDANT,
	/** 第三人. */
	THIRD_PARTY,
	/** 上诉人. */
	APPELLANT,
	/** 被上诉人. */
	APPELLEE,
	/** 申请人 (申请执行人、再审申请人…). */
	APPLICANT,
	/** 被申请人. */
	RESPONDENT,
	/** 其他诉讼参与人. */
	OTHER;

	public String labelKey() {
		return "case.side." + name();
	}
}
