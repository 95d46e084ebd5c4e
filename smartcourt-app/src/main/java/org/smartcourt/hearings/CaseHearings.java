package org.smartcourt.hearings;

import java.util.List;

import org.smartcourt.cases.Audience;

/**
 * A case's hearings as one viewer may see them: parties see their case's hearings, adjournments with their reasons
 * (2019 规定第七条) and the notices addressed to them; the court sees everything.
 */
public record CaseHearings(Audience level, List<Hearing> hearings, List<Adjournment> adjournments,
		List<HearingNotice> notices) {

	public CaseHearings {
		hearings = List.copyOf(hearings);
		adjournments = List.copyOf(adjournments);
		notices = List.copyOf(notices);
	}
}
