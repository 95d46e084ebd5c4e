package org.smartcourt.platform.web;

import org.smartcourt.organization.Courts;
import org.smartcourt.shared.CourtId;
import org.springframework.stereotype.Component;

/** The court name shown in the page header. */
@Component
class CourtNames {

	private final Courts courts;

	CourtNames(Courts courts) {
		this.courts = courts;
	}

	String nameOf(CourtId id) {
		return courts.find(id).map(Courts.CourtSummary::name).orElse(id.value());
	}
}
