package org.smartcourt.hearings;

/** An adjournment takes effect at once, or after the 院长 approves it (ground (四)). */
public enum AdjournmentStatus {
	PENDING, APPROVED, REFUSED;

	public String labelKey() {
		return "hearing.adjournment.status." + name();
	}
}
