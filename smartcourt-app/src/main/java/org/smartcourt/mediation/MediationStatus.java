package org.smartcourt.mediation;

/** Where a mediation stands. */
public enum MediationStatus {
	/** 待指定: the parties may choose jointly (2 working days), else the court designates (3 working days, art. 10). */
	AWAITING_DESIGNATION,
	/** 待接受: the designated mediator accepts or declines within 3 working days (art. 12). */
	AWAITING_ACCEPTANCE,
	/** 调解中: the period runs from acceptance (art. 24 para 2). */
	MEDIATING,
	/** 调解成功: the agreement took effect when every party confirmed it (art. 19). */
	SETTLED,
	/** 调解终结 on a ground of art. 25 other than agreement. */
	ENDED;

	public boolean isOpen() {
		return this == AWAITING_DESIGNATION || this == AWAITING_ACCEPTANCE || this == MEDIATING;
	}

	public String labelKey() {
		return "mediation.status." + name();
	}
}
