package org.smartcourt.filing.internal;

import java.time.LocalDate;
import java.util.List;

import org.smartcourt.deadlines.DeadlineResult;
import org.smartcourt.deadlines.Deadlines;
import org.smartcourt.deadlines.RuleId;
import org.smartcourt.filing.DecisionPeriod;
import org.smartcourt.filing.FilingKind;
import org.springframework.stereotype.Component;

/**
 * Asks the deadlines engine for the period to decide on a filing (登记立案规定 art. 8: 7 days for civil and
 * administrative suits, 15 for private prosecutions, 30 for 第三人撤销之诉), so the last day moves off a holiday like
 * every other legal period. Filing computes no dates itself.
 */
@Component
class FilingDeadlines {

	private final Deadlines deadlines;

	FilingDeadlines(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	DecisionPeriod decisionPeriod(FilingKind kind, LocalDate receivedOn) {
		DeadlineResult result = deadlines.compute(rule(kind), receivedOn, List.of());
		return new DecisionPeriod(kind, result.due(), result.explanationText());
	}

	static RuleId rule(FilingKind kind) {
		return RuleId.of(switch (kind) {
			case CIVIL, CIVIL_APPEAL, ADMINISTRATIVE -> "filing-decision";
			case PRIVATE_PROSECUTION -> "filing-decision-private-prosecution";
			case THIRD_PARTY_REVOCATION -> "filing-decision-third-party-revocation";
		});
	}
}
