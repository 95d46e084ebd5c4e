package org.smartcourt.service.internal;

import java.util.List;

import org.smartcourt.cases.CaseParty;

/** A service with what is shown about it: the document, the party, the channels, the trail and the periods started. */
public record ServingView(Serving serving, ServedDocument document, CaseParty party, String caseNumber,
		String courtName, List<Attempt> attempts, List<TrailEntry> trail, List<PeriodView> periods,
		boolean paperAllowed) {

	public boolean acknowledged() {
		return serving.acknowledgedAt() != null;
	}
}
