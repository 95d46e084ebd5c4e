package org.smartcourt.organization.internal;

import org.smartcourt.organization.CourtLevel;
import org.smartcourt.shared.CourtId;

/**
 * A court as the directory shows it, including how sure we are of its 法院代字.
 *
 * @param code the 法院代字; {@literal null} for a 人民法庭.
 * @param codeBasis {@code CONFIRMED} (seen in official use), {@code DERIVED} (by the 案号规定 rule: shown as 推定),
 * {@code INFERRED} (by analogy: shown as 待核) or {@code NONE} (no code of its own).
 * @param note where the code comes from or what to check; may be {@literal null}.
 */
public record CourtRecord(CourtId id, String name, String code, CourtLevel level, CourtId parent,
		String divisionCode, String codeBasis, String note, boolean active) {

	/** Whether the UI should mark the code as not yet confirmed. */
	public boolean codeUnconfirmed() {
		return "DERIVED".equals(codeBasis) || "INFERRED".equals(codeBasis);
	}

	/** How many steps below the high court, for indenting the tree. */
	public int depth() {
		return switch (level) {
			case SUPREME, HIGH -> 0;
			case INTERMEDIATE -> 1;
			case BASIC -> 2;
			case TRIBUNAL -> 3;
		};
	}
}
