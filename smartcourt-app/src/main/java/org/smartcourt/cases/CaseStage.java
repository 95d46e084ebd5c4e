package org.smartcourt.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * 案件状态: where a case stands. It changes only through named commands (分案, 中止, 恢复, 结案, 归档), each of which
 * checks the move is allowed from the current stage; anything else is refused with 409 and the reason.
 */
public enum CaseStage {

	/** 已立案，待分案. */
	REGISTERED,
	/** 已分案，待审理 (承办法官已确定). */
	ASSIGNED,
	/** 审理中. */
	IN_TRIAL,
	/** 中止 (诉讼/审理/执行中止), until resumed. */
	SUSPENDED,
	/** 已结案. */
	CLOSED,
	/** 已归档: read-only except for archive actions. */
	ARCHIVED;

	/** Whether the case is still pending (未结), i.e. counts against its judge's caseload and its 审限. */
	public boolean isOpen() {
		return this != CLOSED && this != ARCHIVED;
	}

	/** The stages from which {@code to} may be reached. */
	public static Set<CaseStage> allowedBefore(CaseStage to) {
		return switch (to) {
			case REGISTERED -> EnumSet.noneOf(CaseStage.class);
			case ASSIGNED -> EnumSet.of(REGISTERED, ASSIGNED, IN_TRIAL);
			case IN_TRIAL -> EnumSet.of(ASSIGNED, IN_TRIAL, SUSPENDED);
			case SUSPENDED -> EnumSet.of(ASSIGNED, IN_TRIAL);
			case CLOSED -> EnumSet.of(ASSIGNED, IN_TRIAL);
			case ARCHIVED -> EnumSet.of(CLOSED);
		};
	}

	/** The message key of the Chinese name. */
	public String labelKey() {
		return "case.stage." + name();
	}
}
