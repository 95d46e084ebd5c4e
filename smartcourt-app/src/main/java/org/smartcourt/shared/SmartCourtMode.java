package org.smartcourt.shared;

/**
 * How this installation runs. {@link #DEMO} seeds demo accounts for every role; {@link #PRODUCTION} seeds nothing,
 * requires an operator-set initial admin password and a TOTP second factor for IT admins.
 */
public enum SmartCourtMode {
	DEMO, PRODUCTION;

	public static SmartCourtMode parse(String value) {
		return value != null && value.trim().equalsIgnoreCase("production") ? PRODUCTION : DEMO;
	}
}
