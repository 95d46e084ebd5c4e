package org.smartcourt.appraisal.internal;

import java.util.Optional;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseParty;
import org.smartcourt.cases.Cases;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads or acts on an entrustment: the appraisal office of the case's court (OFFICE), the case's team (JUDGE),
 * other staff of the court (STAFF, read only), the parties and their agents (PARTY, with their side), and the
 * institution entrusted with it (INSTITUTION). Anyone else is told it does not exist.
 */
@Component
class EntrustmentAccess {

	enum Level {
		OFFICE, JUDGE, STAFF, PARTY, INSTITUTION
	}

	/** The viewer's level, the case and, for a party, its side (PartySide name). */
	record Grant(Level level, CaseOverview overview, String side, Institution institution) {

		boolean is(Level l) {
			return level == l;
		}
	}

	private final Cases cases;
	private final RosterRepository roster;
	private final EntrustmentRepository entrustments;

	EntrustmentAccess(Cases cases, RosterRepository roster, EntrustmentRepository entrustments) {
		this.cases = cases;
		this.roster = roster;
		this.entrustments = entrustments;
	}

	Grant grant(Actor actor, Entrustment e) {
		CaseOverview overview = cases.find(e.caseId()).orElseThrow(AppraisalScope::notFound);
		if (actor.isStaff()) {
			if (!e.court().equals(actor.court())) {
				throw AppraisalScope.notFound();
			}
			if (actor.role() == Role.APPRAISAL) {
				return new Grant(Level.OFFICE, overview, null, null);
			}
			return new Grant(overview.hasTeamMember(actor.username()) ? Level.JUDGE : Level.STAFF, overview, null, null);
		}
		if (actor.role() == Role.APPRAISAL_INSTITUTION) {
			Institution mine = roster.ofAccount(actor.username()).orElseThrow(AppraisalScope::notFound);
			boolean entrusted = entrustments.assignments(e.id()).stream()
				.anyMatch(a -> a.institutionId().equals(mine.id()));
			if (!entrusted) {
				throw AppraisalScope.notFound();
			}
			return new Grant(Level.INSTITUTION, overview, null, mine);
		}
		if (cases.levelFor(actor, overview).filter(l -> l == Audience.PARTIES || l == Audience.COURT).isEmpty()) {
			throw AppraisalScope.notFound();
		}
		return new Grant(Level.PARTY, overview, sideOf(actor, overview).orElse(null), null);
	}

	Grant require(Actor actor, Entrustment e, Level level) {
		Grant g = grant(actor, e);
		if (g.level() != level) {
			throw DomainException.forbidden("appraisal-not-allowed", "problem.appraisal-not-allowed.detail");
		}
		return g;
	}

	/** The side a litigant or lawyer acts for: the party or agent linked to the account, else the filer's (first) party. */
	static Optional<String> sideOf(Actor actor, CaseOverview overview) {
		Optional<String> linked = overview.parties().stream()
			.filter(p -> actor.username().equals(p.username()))
			.map(p -> p.side().name())
			.findFirst();
		if (linked.isPresent()) {
			return linked;
		}
		if (actor.username().equals(overview.filerUsername())) {
			return overview.partiesOnly().stream().map(CaseParty::side).map(Enum::name).findFirst();
		}
		return Optional.empty();
	}
}
