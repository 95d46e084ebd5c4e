package org.smartcourt.hotline;

/** The six kinds of 12368 诉求 (domain rules §8.1). */
public enum RequestKind {

	/** 案件信息查询: case status, only after an identity check. */
	CASE_INQUIRY(true),
	/** 诉讼咨询: litigation questions, answered by the agent or forwarded. */
	CONSULTATION(false),
	/** 联系法官: a message to the case's 承办法官. */
	CONTACT_JUDGE(true),
	/** 投诉举报: complaints and reports, to the court's supervision (庭长、院长). */
	COMPLAINT(false),
	/** 意见建议: suggestions. */
	SUGGESTION(false),
	/** 信访信息查询: petition status. */
	PETITION_INQUIRY(false);

	private final boolean needsCase;

	RequestKind(boolean needsCase) {
		this.needsCase = needsCase;
	}

	/** Whether the request is about one case, so a case number is required. */
	public boolean needsCase() {
		return needsCase;
	}

	public String labelKey() {
		return "hotline.kind." + name();
	}
}
