package org.smartcourt.cases;

/**
 * The kinds of procedural step a docket records, each with the audience it has unless the recording module says
 * otherwise. Modules record their own steps (hearings record 开庭, the deadlines workflow records 延长审限).
 */
public enum DocketEntryType {

	/** 立案. */
	REGISTERED(Audience.PARTIES),
	/** 分案 (随机或指定). */
	ASSIGNED(Audience.PARTIES),
	/** 变更承办法官 / 重新分案. */
	REASSIGNED(Audience.PARTIES),
	/** 组成合议庭 / 确定独任审判. */
	PANEL_FORMED(Audience.PARTIES),
	/** 程序转换 (简转普等). */
	PROCEDURE_CHANGED(Audience.PARTIES),
	/** 送达. */
	SERVICE(Audience.PARTIES),
	/** 证据交换. */
	EVIDENCE_EXCHANGE(Audience.PARTIES),
	/** 排期开庭 (庭审、庭前会议、调解). */
	HEARING_SCHEDULED(Audience.PARTIES),
	/** 开庭. */
	HEARING_HELD(Audience.PARTIES),
	/** 延期开庭. */
	ADJOURNED(Audience.PARTIES),
	/** 中止. */
	SUSPENDED(Audience.PARTIES),
	/** 恢复. */
	RESUMED(Audience.PARTIES),
	/** 扣除审限期间开始 (公告、鉴定、和解、管辖异议…). */
	EXCLUSION_STARTED(Audience.PARTIES),
	/** 扣除审限期间结束. */
	EXCLUSION_ENDED(Audience.PARTIES),
	/** 申请延长审限. */
	EXTENSION_REQUESTED(Audience.COURT),
	/** 批准延长审限 (shown to parties: 2019 规定 art. 7). */
	EXTENSION_APPROVED(Audience.PARTIES),
	/** 不批准延长审限. */
	EXTENSION_REFUSED(Audience.COURT),
	/** 重新计算审限 (发回重审、补充侦查、改变管辖). */
	PERIOD_RESTARTED(Audience.PARTIES),
	/** 调解. */
	MEDIATION(Audience.PARTIES),
	/** 宣判. */
	JUDGMENT_PRONOUNCED(Audience.PUBLIC),
	/** 结案. */
	CLOSED(Audience.PARTIES),
	/** 归档. */
	ARCHIVED(Audience.PARTIES),
	/** 移送 / 移交. */
	TRANSFERRED(Audience.PARTIES),
	/** 关联案件. */
	RELATED_CASE_LINKED(Audience.COURT),
	/** 院庭长监督、审批等内部事项. */
	INTERNAL_NOTE(Audience.COURT);

	private final Audience defaultAudience;

	DocketEntryType(Audience defaultAudience) {
		this.defaultAudience = defaultAudience;
	}

	public Audience defaultAudience() {
		return defaultAudience;
	}

	public String labelKey() {
		return "docket.type." + name();
	}
}
