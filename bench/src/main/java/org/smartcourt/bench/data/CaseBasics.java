package org.smartcourt.bench.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.smartcourt.bench.data.Appealable.Party;

/**
 * What the records kept about a case (its mediation, preservation or appraisal) need to know of it.
 *
 * @param claimFen the amount in dispute, 0 when none.
 * @param closedOn the closing day, {@literal null} while the case is open on the as-of date.
 * @param judge the username the case's actions are recorded under (its judge's, or the generator's).
 * @param clerk the name of the team's 书记员, who records on behalf of the court.
 */
record CaseBasics(UUID id, Court court, String caseNumber, String title, References.Cause cause, long claimFen,
		List<Party> parties, LocalDate registeredOn, Instant registeredAt, LocalDate closedOn, String judge,
		String clerk) {

	/** The parties without their agents. */
	List<Party> partiesOnly() {
		return parties.stream().filter(p -> !p.agent()).toList();
	}

	/** The first party on a side (APPLICANT, RESPONDENT…). */
	Party first(String side) {
		return parties.stream().filter(p -> !p.agent() && p.side().equals(side)).findFirst().orElseThrow();
	}

	String causeName() {
		return cause == null ? null : cause.name();
	}

	/** A moment of a day in the courts' zone. */
	static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(CaseChunk.CHINA).toInstant();
	}
}
