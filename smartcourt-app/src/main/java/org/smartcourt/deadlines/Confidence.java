package org.smartcourt.deadlines;

/** How sure we are of a rule's text and article (domain-rules.md grades). */
public enum Confidence {
	/** Checked against the statute text. */
	HIGH,
	/** From secondary sources; the article could not be checked against a full text. */
	MEDIUM,
	/** Local practice or an unverified source. */
	LOW
}
