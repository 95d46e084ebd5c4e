package org.smartcourt.hearings;

/** Where a hearing stands: scheduled, held (开庭记录已登记) or adjourned (延期开庭, replaced by the next hearing). */
public enum HearingStatus {
	SCHEDULED, HELD, ADJOURNED;

	public String labelKey() {
		return "hearing.status." + name();
	}
}
