package org.smartcourt.organization.web;

import org.smartcourt.organization.CourtLevel;
import org.smartcourt.organization.internal.CourtRecord;

/**
 * A court in the public directory.
 *
 * @param codeBasis {@code CONFIRMED}, {@code DERIVED} (推定), {@code INFERRED} (待核) or {@code NONE} (人民法庭).
 */
record CourtResponse(String id, String name, String code, CourtLevel level, String parentId, String divisionCode,
		String codeBasis, boolean codeConfirmed, String note, boolean active) {

	static CourtResponse of(CourtRecord c) {
		return new CourtResponse(c.id().value(), c.name(), c.code(), c.level(),
				c.parent() == null ? null : c.parent().value(), c.divisionCode(), c.codeBasis(),
				"CONFIRMED".equals(c.codeBasis()), c.note(), c.active());
	}
}
