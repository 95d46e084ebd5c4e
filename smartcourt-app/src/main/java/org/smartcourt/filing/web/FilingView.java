package org.smartcourt.filing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.smartcourt.filing.CorrectionRequest;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingDecision;
import org.smartcourt.filing.FilingEvent;
import org.smartcourt.filing.FilingStatus;
import org.smartcourt.filing.IdentityCheck;

/** A filing application as the API shows it, with its status trail. */
record FilingView(String id, FilingStatus status, String filerName, FilingContent content, Instant submittedAt,
		LocalDate receivedOn, LocalDate decisionDueOn, String decisionPeriodCitation, boolean overdue,
		IdentityCheck identityCheck, CorrectionRequest correction, FilingDecision decision, List<FilingEvent> trail,
		long version) {

	static FilingView of(Filing f, List<FilingEvent> trail, LocalDate today) {
		return new FilingView(f.id().toString(), f.status(), f.filerName(), f.content(), f.submittedAt().orElse(null),
				f.receivedOn().orElse(null), f.decisionDueOn().orElse(null), f.decisionPeriodCitation().orElse(null),
				f.isOverdueOn(today), f.identityCheck().orElse(null), f.correction().orElse(null),
				f.decision().orElse(null), trail, f.version());
	}
}
