package org.smartcourt.mediation.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.smartcourt.mediation.EndingGround;
import org.smartcourt.mediation.Specialty;
import org.smartcourt.mediation.Track;
import org.smartcourt.mediation.internal.JudicialConfirmation;

/** The JSON bodies of the mediation commands. */
final class MediationRequests {

	private MediationRequests() {
	}

	/** Re-route with factors the filing does not show. */
	record Reroute(boolean foreign, boolean whereaboutsUnknown, boolean counterclaim, boolean needsAppraisal,
			boolean personalOrOwnership, boolean mediationRefused) {
	}

	/** Confirm or override the suggested track; 诉前调解 needs the applicant's consent. */
	record Decision(Track track, String reason, boolean applicantConsents, String respondentUsername) {
	}

	record Account(String username) {
	}

	record MediatorChoice(UUID mediatorId) {
	}

	/** Accept ({@code accept} true) or decline with a reason. */
	record Answer(boolean accept, String reason) {
	}

	record Text(String text) {
	}

	record Session(LocalDateTime at, String link, String note) {
	}

	record Extension(LocalDate until, String reason) {
	}

	record Agreement(String markdown) {
	}

	record Password(String password) {
	}

	record Ending(EndingGround ground, String note) {
	}

	record Confirmation(JudicialConfirmation.Document document) {
	}

	record NewOrganization(String name, List<Specialty> specialties) {
	}

	record NewMediator(UUID organizationId, String name, String username, List<Specialty> specialties) {
	}

	record Availability(boolean active, LocalDate onLeaveUntil) {
	}
}
