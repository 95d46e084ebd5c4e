package org.smartcourt.casefile.internal.catalogue;

import org.smartcourt.organization.Staffing;
import org.springframework.stereotype.Component;

/** The name shown for who submitted a material: a staff member's name, else the username, else 系统. */
@Component
class People {

	private final Staffing staffing;

	People(Staffing staffing) {
		this.staffing = staffing;
	}

	String nameOf(String username) {
		if (username == null) {
			return "系统";
		}
		return staffing.byUsername(username).map(Staffing.StaffSummary::name).orElse(username);
	}
}
