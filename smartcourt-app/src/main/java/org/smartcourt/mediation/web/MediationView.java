package org.smartcourt.mediation.web;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.mediation.internal.MediationDetail;

/**
 * A mediation with what the screens and the API compute from it on a day: the viewer's part (CLERK, MEDIATOR,
 * PARTY), days left (negative when overdue) and the materials that go over to 立案 if it fails.
 */
record MediationView(MediationDetail mediation, String viewer, Long daysLeft, boolean overdue,
		boolean acceptanceOverdue, boolean designationOverdue, List<String> materials) {

	static MediationView of(MediationDetail m, String viewer, LocalDate today, List<String> materials) {
		Long left = m.daysLeft(today).orElse(null);
		return new MediationView(m, viewer, left, left != null && left < 0, m.acceptanceOverdue(today),
				m.designationOverdue(today), materials);
	}
}
