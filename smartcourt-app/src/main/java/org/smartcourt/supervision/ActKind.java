package org.smartcourt.supervision;

/**
 * The supervisory acts of the 权力清单 (法发〔2015〕13号 art. 24; 法发〔2021〕30号): a president or division head asks the
 * panel to report, refers the case to a meeting, or urges it on. None of them decides the case, and the software
 * offers no act that changes a panel's decision.
 */
public enum ActKind {
	/** 要求报告案件审理进展. */
	PROGRESS_REPORT("要求报告审理进展", "法发〔2015〕13号第二十四条", true),
	/** 要求报告评议结果. */
	DELIBERATION_RESULT("要求报告评议结果", "法发〔2015〕13号第二十四条", true),
	/** 提交专业法官会议讨论. */
	JUDGES_MEETING("提交专业法官会议讨论", "法发〔2015〕13号第二十四条；法发〔2021〕30号", true),
	/** 提交审判委员会讨论. */
	JUDICIAL_COMMITTEE("提交审判委员会讨论", "法发〔2015〕13号第二十四条；法发〔2021〕30号", true),
	/** 催办 (overdue or long-pending cases). */
	URGE("催办", "法释〔2000〕29号；本省监督管理规则", true);

	private final String label;
	private final String citation;
	private final boolean answered;

	ActKind(String label, String citation, boolean answered) {
		this.label = label;
		this.citation = citation;
		this.answered = answered;
	}

	public String label() {
		return label;
	}

	public String citation() {
		return citation;
	}

	/** Whether the 承办法官 answers it on the record. */
	public boolean answered() {
		return answered;
	}
}
