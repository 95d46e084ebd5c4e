package org.smartcourt.casefile.internal.documents;

import java.util.EnumSet;
import java.util.Set;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may reach drafts: the case's team (审判人员 and 审判辅助人员), never parties. Anyone who may not see the case at
 * the court's level is told it does not exist; court staff outside the team are refused.
 */
@Component
public class DraftAccess {

	/** 承办法官, 审判长, 合议庭成员, 法官助理 and 书记员 prepare documents. */
	public static final Set<TeamRole> MAKERS = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE,
			TeamRole.MEMBER_JUDGE, TeamRole.ASSISTANT, TeamRole.CLERK);
	/**
	 * Only 审判人员 may have the 院印 pressed on what they issue: a judgment or ruling is signed by them (民诉法 art.
	 * 155, art. 100 for 调解书) and they answer for it under the 司法责任制; 法官助理 and 书记员 prepare and serve.
	 */
	public static final Set<TeamRole> SEALERS = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE,
			TeamRole.MEMBER_JUDGE);

	private final Cases cases;

	DraftAccess(Cases cases) {
		this.cases = cases;
	}

	/** The case, for a member of its team. */
	public CaseOverview teamCase(Actor actor, CaseId caseId) {
		CaseOverview overview = cases.find(caseId)
			.filter(c -> cases.levelFor(actor, c).filter(l -> l == Audience.COURT).isPresent())
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					caseId.toString()));
		if (!inTeam(actor, overview, MAKERS)) {
			throw DomainException.forbidden("document-draft-team-only", "problem.document-draft-team-only.detail");
		}
		return overview;
	}

	/** Whether the actor holds one of {@code roles} in the case's team. */
	public static boolean inTeam(Actor actor, CaseOverview overview, Set<TeamRole> roles) {
		return overview.team().stream().anyMatch(m -> actor.username().equals(m.username()) && roles.contains(m.role()));
	}
}
