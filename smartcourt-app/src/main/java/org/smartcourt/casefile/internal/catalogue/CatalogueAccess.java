package org.smartcourt.casefile.internal.catalogue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.DeliveredDocuments;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads a case file, and as whom: the case team, and the presidents and division heads of the case's court (or a
 * court above) for supervision, as the court; the case's parties and their lawyers as parties (the cases module
 * decides who they are). Anyone else, including other staff of the court, is told the case does not exist, so
 * neither the case nor its material leaks.
 */
@Component
public class CatalogueAccess {

	static final Set<Role> SUPERVISORS = EnumSet.of(Role.PRESIDENT, Role.DIVISION_HEAD);

	private final Cases cases;
	private final DeliveredDocuments delivered;

	CatalogueAccess(Cases cases, DeliveredDocuments delivered) {
		this.cases = cases;
		this.delivered = delivered;
	}

	/** A case with the reader's readership. */
	public record Reading(CaseOverview overview, Readership readership) {
	}

	/** The case as {@code actor} may read its file. */
	public Reading reading(Actor actor, CaseId caseId) {
		CaseOverview overview = cases.find(caseId).orElseThrow(() -> notFound(caseId));
		return readership(actor, overview).map(r -> new Reading(overview, r)).orElseThrow(() -> notFound(caseId));
	}

	/** How {@code actor} reads the file of a case already found, if at all. */
	public Optional<Readership> readership(Actor actor, CaseOverview overview) {
		Audience level = cases.levelFor(actor, overview).orElse(null);
		if (level == Audience.COURT && (overview.hasTeamMember(actor.username()) || SUPERVISORS.contains(actor.role()))) {
			return Optional.of(Readership.courtStaff());
		}
		if (level == Audience.PARTIES && !actor.isStaff()) {
			return Optional.of(Readership.parties(delivered.deliveredToParties(overview.id())));
		}
		return Optional.empty();
	}

	/** Whether {@code actor} is in the case's team (who may add court material). */
	public static boolean inTeam(Actor actor, CaseOverview overview) {
		return overview.hasTeamMember(actor.username());
	}

	static DomainException notFound(CaseId caseId) {
		return DomainException.notFound("case-not-found", "problem.case-not-found.detail", caseId.toString());
	}

	static DomainException materialNotFound(Object id) {
		return DomainException.notFound("casefile-material-not-found", "problem.casefile-material-not-found.detail",
				String.valueOf(id));
	}
}
