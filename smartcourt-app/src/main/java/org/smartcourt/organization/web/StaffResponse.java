package org.smartcourt.organization.web;

import java.util.List;

import org.smartcourt.organization.CaseCategory;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.internal.StaffMember;

/** A staff record as the API shows it; {@code caseCategories} are four-digit codes. */
record StaffResponse(String id, String courtId, String departmentId, String name, Position position,
		String username, List<String> caseCategories, boolean active, long version) {

	static StaffResponse of(StaffMember s) {
		return new StaffResponse(s.id().toString(), s.court().value(),
				s.department() == null ? null : s.department().toString(), s.name(), s.position(), s.username(),
				s.caseCategories().stream().map(CaseCategory::code).sorted().toList(), s.active(), s.version());
	}
}
