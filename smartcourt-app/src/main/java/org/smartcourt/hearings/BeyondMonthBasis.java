package org.smartcourt.hearings;

/** Why the next hearing may be more than one month after the adjourned one (2019 规定第五条). */
public enum BeyondMonthBasis {
	/** 不可抗力. */
	FORCE_MAJEURE,
	/** 当事人同意. */
	PARTIES_AGREED;

	public String labelKey() {
		return "hearing.beyond." + name();
	}
}
