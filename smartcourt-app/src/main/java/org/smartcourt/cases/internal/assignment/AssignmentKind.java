package org.smartcourt.cases.internal.assignment;

/** How a case got its 承办法官 (or its 人民陪审员). */
public enum AssignmentKind {
	/** 随机分案. */
	RANDOM,
	/** 指定分案, approved by a 庭长 or 院长. */
	DESIGNATED,
	/** 变更承办法官, approved by a 庭长 or 院长. */
	REASSIGNED;

	public String labelKey() {
		return "assignment.kind." + name();
	}
}
