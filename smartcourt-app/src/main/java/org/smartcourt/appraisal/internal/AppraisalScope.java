package org.smartcourt.appraisal.internal;

import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;

/**
 * Who may do what: the appraisal office (司法技术辅助室, 2002 规定 art. 2) manages its own court's roster and
 * entrustments; other staff of the court read them; outside it nothing exists.
 */
final class AppraisalScope {

	private AppraisalScope() {
	}

	static boolean isOffice(Actor actor, CourtId court) {
		return actor.role() == Role.APPRAISAL && court.equals(actor.court());
	}

	static void requireOffice(Actor actor, CourtId court) {
		requireStaffOf(actor, court);
		if (!isOffice(actor, court)) {
			throw DomainException.forbidden("appraisal-office-only", "problem.appraisal-office-only.detail");
		}
	}

	static void requireStaffOf(Actor actor, CourtId court) {
		if (!actor.isStaff() || !court.equals(actor.court())) {
			throw notFound();
		}
	}

	static DomainException notFound() {
		return DomainException.notFound("appraisal-not-found", "problem.appraisal-not-found.detail");
	}
}
