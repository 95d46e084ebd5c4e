package org.smartcourt.filing.internal;

import org.smartcourt.filing.Filing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a filing: the filer; staff of the court with jurisdiction or of the cooperating court (and
 * of the courts above them) may read; filing clerks of those courts decide or forward.
 */
@Component
class FilingAccess {

	private final CourtHierarchy courts;

	FilingAccess(CourtHierarchy courts) {
		this.courts = courts;
	}

	boolean mayRead(Actor actor, Filing filing) {
		if (filing.filer().equals(actor.id())) {
			return true;
		}
		if (!actor.isStaff()) {
			return false;
		}
		return within(actor, filing.content().targetCourt()) || within(actor, filing.content().receivingCourt());
	}

	boolean isClerkOf(Actor actor, String court) {
		return actor.is(Role.FILING_CLERK) && court != null && actor.court().value().equals(court);
	}

	private boolean within(Actor actor, String court) {
		return court != null && courts.subtree(actor.court()).contains(new CourtId(court));
	}
}
