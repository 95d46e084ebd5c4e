package org.smartcourt.cases.internal.clock;

import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.ExcludedPeriods;
import org.smartcourt.shared.Actor;
import org.springframework.stereotype.Component;

/** {@link ExcludedPeriods} on the clock's own exclusion records. */
@Component
class ClockExcludedPeriods implements ExcludedPeriods {

	private final PauseCommands pauses;

	ClockExcludedPeriods(PauseCommands pauses) {
		this.pauses = pauses;
	}

	@Override
	public UUID start(Actor actor, CaseId caseId, Kind kind, LocalDate from, String reason) {
		return pauses.startOnBehalf(actor, caseId, kindOf(kind), from, reason).id();
	}

	@Override
	public void end(Actor actor, CaseId caseId, UUID periodId, LocalDate to) {
		pauses.endOnBehalf(actor, caseId, periodId, to);
	}

	private static ExclusionKind kindOf(Kind kind) {
		if (kind == null) {
			return null;
		}
		return switch (kind) {
			case APPRAISAL -> ExclusionKind.APPRAISAL;
			case MEDIATION_EXTENSION -> ExclusionKind.MEDIATION_EXTENSION;
			case PUBLICATION -> ExclusionKind.PUBLICATION;
			case AUDIT_VALUATION -> ExclusionKind.AUDIT_VALUATION;
		};
	}
}
