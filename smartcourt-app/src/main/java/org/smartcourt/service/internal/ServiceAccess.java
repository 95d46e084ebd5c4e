package org.smartcourt.service.internal;

import java.util.EnumSet;
import java.util.Set;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what on service: court staff within their scope read a case's service; the case team (审判人员, 法官助理,
 * 书记员) and the court's own 书记员 and 立案庭 staff at the service desk serve; a party or its agent sees and acts
 * only on what concerns the party it acts for. Anything outside one's scope is reported as not found.
 */
@Component
public class ServiceAccess {

	static final Set<TeamRole> SERVERS = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE,
			TeamRole.MEMBER_JUDGE, TeamRole.ASSISTANT, TeamRole.CLERK);
	/** Staff roles of the desk who serve any case of their own court. */
	static final Set<Role> DESK = EnumSet.of(Role.CLERK, Role.FILING_CLERK);

	private final Cases cases;

	ServiceAccess(Cases cases) {
		this.cases = cases;
	}

	/** The case for court staff of its court or a court above. */
	public CaseOverview staffCase(Actor actor, CaseId id) {
		return cases.find(id)
			.filter(c -> actor.isStaff() && cases.levelFor(actor, c).filter(l -> l == Audience.COURT).isPresent())
			.orElseThrow(() -> caseNotFound(id));
	}

	/** The case, for someone who may serve its documents. */
	public CaseOverview servingCase(Actor actor, CaseId id) {
		CaseOverview overview = staffCase(actor, id);
		if (!mayServe(actor, overview)) {
			throw DomainException.forbidden("service-team-only", "problem.service-team-only.detail");
		}
		return overview;
	}

	public static boolean mayServe(Actor actor, CaseOverview overview) {
		boolean team = overview.team()
			.stream()
			.anyMatch(m -> actor.username().equals(m.username()) && SERVERS.contains(m.role()));
		boolean desk = DESK.contains(actor.role()) && overview.registration().courtId().equals(actor.court());
		return team || desk;
	}

	/** The case and the party, for an account acting for that party; otherwise not found. */
	public ActingAccounts partyOf(Actor actor, CaseId id, int seq) {
		CaseOverview overview = cases.find(id)
			.filter(c -> cases.levelFor(actor, c).filter(l -> l == Audience.PARTIES).isPresent())
			.orElseThrow(() -> caseNotFound(id));
		return ActingAccounts.of(overview, seq)
			.filter(a -> a.includes(actor.username()))
			.orElseThrow(() -> caseNotFound(id));
	}

	static DomainException caseNotFound(CaseId id) {
		return DomainException.notFound("case-not-found", "problem.case-not-found.detail", id.toString());
	}
}
