package org.smartcourt.organization.web;

import org.smartcourt.organization.internal.Department;
import org.smartcourt.organization.internal.DepartmentKind;

/** A 庭室 as the API shows it. */
record DepartmentResponse(String id, String courtId, String name, DepartmentKind kind, boolean active, long version) {

	static DepartmentResponse of(Department d) {
		return new DepartmentResponse(d.id().toString(), d.court().value(), d.name(), d.kind(), d.active(),
				d.version());
	}
}
