package org.smartcourt.mediation.web;

import java.time.Clock;
import java.time.LocalDate;

import org.smartcourt.mediation.internal.MediationDetail;
import org.smartcourt.mediation.internal.MediationMaterials;
import org.smartcourt.mediation.internal.Mediations;
import org.smartcourt.shared.CurrentActor;
import org.springframework.stereotype.Component;

/** Builds {@link MediationView}s for the signed-in person on today's date. */
@Component
class MediationViews {

	private final Mediations mediations;
	private final Clock clock;

	MediationViews(Mediations mediations, Clock clock) {
		this.mediations = mediations;
		this.clock = clock;
	}

	MediationView of(MediationDetail m) {
		return MediationView.of(m, mediations.levelOf(CurrentActor.require(), m), LocalDate.now(clock),
				MediationMaterials.of(m));
	}
}
