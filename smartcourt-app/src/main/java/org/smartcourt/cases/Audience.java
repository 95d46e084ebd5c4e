package org.smartcourt.cases;

/**
 * Who may see a docket entry (审判流程信息公开): the court only, also the parties and their agents, or everyone.
 * Levels nest: a viewer at {@link #PARTIES} sees party and public entries, never court-only ones.
 */
public enum Audience {

	/** 仅法院内部 (合议、审批、副卷材料…). */
	COURT,
	/** 当事人及其诉讼代理人. */
	PARTIES,
	/** 社会公众 (开庭公告、宣判…). */
	PUBLIC;

	/** Whether a viewer at this level may see an entry meant for {@code entry}. */
	public boolean sees(Audience entry) {
		return entry.ordinal() >= ordinal();
	}

	public String labelKey() {
		return "case.audience." + name();
	}
}
