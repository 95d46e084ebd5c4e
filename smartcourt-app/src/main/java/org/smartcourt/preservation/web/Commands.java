package org.smartcourt.preservation.web;

import java.util.List;

import org.smartcourt.preservation.LiftGround;
import org.smartcourt.preservation.MeasureKind;
import org.smartcourt.preservation.SecurityKind;

/** Request bodies of the preservation API. */
final class Commands {

	private Commands() {
	}

	/** 裁定: {@code grant} with measures (none: one per definite object), or dismissal with {@code reason}. */
	record Ruling(Boolean grant, String reason, List<Order> measures) {
	}

	/** One measure: the object's seq, the measure (default: the object's usual one), the amount in 元. */
	record Order(int propertySeq, MeasureKind kind, String amount) {
	}

	record RequiredSecurity(String amount, String reason) {
	}

	record GiveSecurity(SecurityKind kind, String amount, String provider, String reference) {
	}

	record Lifting(LiftGround ground, String note, Boolean urgent) {
	}

	record Review(String reason) {
	}

	record ReviewDecision(Boolean revoke, String note) {
	}

	record Suit(String caseNumber) {
	}
}
