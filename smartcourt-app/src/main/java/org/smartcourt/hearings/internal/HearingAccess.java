package org.smartcourt.hearings.internal;

import java.util.EnumSet;
import java.util.Set;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Who may act on a case's hearings: the case's team (承办法官, 审判长, 法官助理, 书记员) schedules and records; anyone
 * outside the case's scope is told it does not exist; a case must be 已分案 or 审理中.
 */
@Component
class HearingAccess {

	static final Set<TeamRole> SCHEDULERS = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE,
			TeamRole.ASSISTANT, TeamRole.CLERK);

	static final Set<CaseStage> HEARING_STAGES = EnumSet.of(CaseStage.ASSIGNED, CaseStage.IN_TRIAL);

	private final Cases cases;

	HearingAccess(Cases cases) {
		this.cases = cases;
	}

	CaseOverview visible(Actor actor, CaseId id) {
		CaseOverview overview = cases.find(id).orElseThrow(() -> notFound(id));
		if (cases.levelFor(actor, overview).isEmpty()) {
			throw notFound(id);
		}
		return overview;
	}

	/** The case, when {@code actor} is on its team in a scheduling role and the case may have hearings. */
	CaseOverview team(Actor actor, CaseId id) {
		CaseOverview overview = visible(actor, id);
		boolean member = actor.isStaff() && overview.team()
			.stream()
			.anyMatch(m -> actor.username().equals(m.username()) && SCHEDULERS.contains(m.role()));
		if (!member) {
			throw DomainException.forbidden("hearing-not-team", "problem.hearing-not-team.detail");
		}
		if (!HEARING_STAGES.contains(overview.stage())) {
			throw DomainException.conflict("hearing-case-stage", "problem.hearing-case-stage.detail",
					new DefaultMessageSourceResolvable(overview.stage().labelKey()));
		}
		return overview;
	}

	/** The court-level view (staff of the case's court or above), for suggestions. */
	CaseOverview court(Actor actor, CaseId id) {
		CaseOverview overview = visible(actor, id);
		if (cases.levelFor(actor, overview).orElseThrow() != Audience.COURT) {
			throw DomainException.forbidden("hearing-not-team", "problem.hearing-not-team.detail");
		}
		return overview;
	}

	static DomainException notFound(CaseId id) {
		return DomainException.notFound("case-not-found", "problem.case-not-found.detail", id.toString());
	}
}
