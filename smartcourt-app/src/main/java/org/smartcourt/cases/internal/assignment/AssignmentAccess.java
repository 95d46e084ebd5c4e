package org.smartcourt.cases.internal.assignment;

import java.util.EnumSet;
import java.util.Set;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;

/**
 * Who may do what in 分案 and 审判组织, always at the case's own court: the filing clerks, 庭长 and 院长 assign from the
 * 待分案 queue; 庭长 and 院长 approve designated assignments and reassignments and form panels; the 承办法官 forms the
 * panel of their case and changes its procedure.
 */
final class AssignmentAccess {

	static final Set<Role> ASSIGNERS = EnumSet.of(Role.FILING_CLERK, Role.DIVISION_HEAD, Role.PRESIDENT);
	static final Set<Role> APPROVERS = EnumSet.of(Role.DIVISION_HEAD, Role.PRESIDENT);

	private AssignmentAccess() {
	}

	/**
	 * The case for court staff; anyone else (a party included) is told it does not exist, so nothing of the
	 * court's internal handling leaks. The read is audited.
	 */
	static CaseOverview courtOverview(Cases cases, Actor actor, CaseId id) {
		Cases.CaseView view = cases.view(actor, id);
		if (view.level() != Audience.COURT) {
			throw DomainException.notFound("case-not-found", "problem.case-not-found.detail", id.toString());
		}
		return view.overview();
	}

	static boolean atCourt(Actor actor, CaseOverview overview) {
		return actor.isStaff() && overview.registration().courtId().equals(actor.court());
	}

	static boolean inRole(Actor actor, CaseOverview overview, Set<Role> roles) {
		return atCourt(actor, overview) && roles.contains(actor.role());
	}

	static boolean isResponsibleJudge(Actor actor, CaseOverview overview) {
		return atCourt(actor, overview) && overview.responsibleJudge()
			.map(TeamMember::username)
			.filter(actor.username()::equals)
			.isPresent();
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
	}
}
