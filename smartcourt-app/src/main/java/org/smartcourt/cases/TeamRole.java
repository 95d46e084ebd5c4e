package org.smartcourt.cases;

/** A role in a case's 审判组织 or its 审判辅助人员. */
public enum TeamRole {
	/** 承办法官: the judge the case is assigned to (独任审判员 in 独任 cases). */
	RESPONSIBLE_JUDGE,
	/** 审判长. */
	PRESIDING_JUDGE,
	/** 合议庭成员 (法官). */
	MEMBER_JUDGE,
	/** 人民陪审员. */
	PEOPLES_ASSESSOR,
	/** 法官助理. */
	ASSISTANT,
	/** 书记员. */
	CLERK;

	/** Whether the role sits on the bench (and so cannot be in two hearings at once). */
	public boolean sits() {
		return this != ASSISTANT && this != CLERK;
	}

	public String labelKey() {
		return "case.team." + name();
	}
}
