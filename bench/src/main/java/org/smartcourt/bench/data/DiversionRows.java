package org.smartcourt.bench.data;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.smartcourt.cases.Procedure;
import org.smartcourt.mediation.RoutingInput;
import org.smartcourt.mediation.RoutingSuggestion;
import org.smartcourt.mediation.Track;

/**
 * The 繁简分流 record the mediation module keeps for every registered 民初 case ({@code mediation_diversion}): the
 * track the app's router suggests, with its reasons and articles, and the procedure the filing clerk applied, marked
 * overridden where the two differ. Ids derive from the case's, so the rows take nothing from the chunk's random
 * stream and the rest of the generation stays as it was.
 */
final class DiversionRows {

	private final Tables tables;
	private final FilingSupport support;

	DiversionRows(Tables tables, FilingSupport support) {
		this.tables = tables;
		this.support = support;
	}

	/** The record of a 民初 case registered by {@code clerk}, as the mediation module writes it on registration. */
	void registered(UUID caseId, String courtId, String caseNumber, String title, References.Cause cause,
			long claimFen, int parties, LocalDate registeredOn, Instant registeredAt, Procedure procedure,
			String clerk) {
		RoutingInput in = new RoutingInput(false, cause == null ? null : cause.code(),
				cause == null ? null : cause.name(), claimFen > 0 ? claimFen : null, parties, false, false, false,
				false, false, false, registeredOn);
		RoutingSuggestion s = support.route().apply(in);
		Track applied = switch (procedure) {
			case SMALL_CLAIMS -> Track.SMALL_CLAIMS;
			case SIMPLIFIED -> Track.SIMPLE;
			default -> Track.ORDINARY;
		};
		boolean overridden = applied != s.track();
		tables.diversion.row(UUID.nameUUIDFromBytes(("diversion " + caseId).getBytes(StandardCharsets.UTF_8)), courtId,
				caseId, caseNumber + " " + title, in.causeCode(), in.causeName(), in.claimFen(), s.track().name(),
				s.procedure().name(), support.json().apply(s.reasons()), s.wageNote(), s.wageUnverified(),
				applied.name(), overridden ? "立案审查时依案件情况确定适用程序" : null, overridden, clerk, registeredAt,
				registeredAt);
	}
}
