package org.smartcourt.cases.internal.closing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Who may act on a case file: court staff within their scope read it; the commands belong to the case's own team,
 * each to the roles named. A case outside the actor's scope is reported as not found, so its existence does not
 * leak.
 */
@Component
public class TeamAccess {

	/** 审判人员 and 审判辅助人员 who prepare and serve documents. */
	public static final Set<TeamRole> FILE_KEEPERS = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE,
			TeamRole.MEMBER_JUDGE, TeamRole.ASSISTANT, TeamRole.CLERK);
	/** 审判人员 who pronounce. */
	public static final Set<TeamRole> BENCH = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE,
			TeamRole.MEMBER_JUDGE);
	/** 结案 is the 承办法官's. */
	public static final Set<TeamRole> RESPONSIBLE = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE);
	/** 归档 by the 书记员 or the 承办法官. */
	public static final Set<TeamRole> ARCHIVISTS = EnumSet.of(TeamRole.CLERK, TeamRole.RESPONSIBLE_JUDGE);

	private final Cases cases;

	TeamAccess(Cases cases) {
		this.cases = cases;
	}

	/** The case for a staff member of its court or a court above. */
	CaseOverview staffCase(Actor actor, CaseId id) {
		return cases.find(id)
			.filter(c -> cases.levelFor(actor, c).filter(l -> l == Audience.COURT).isPresent())
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail",
					id.toString()));
	}

	/** The case, refused unless the actor holds one of {@code roles} in its team. */
	CaseOverview teamCase(Actor actor, CaseId id, Set<TeamRole> roles, String action) {
		CaseOverview overview = staffCase(actor, id);
		if (!inTeam(actor, overview, roles)) {
			throw DomainException.forbidden("case-team-only", "problem.case-team-only.detail",
					roleNames(roles), action);
		}
		return overview;
	}

	/** Whether the actor holds one of {@code roles} in the case's current team. */
	public static boolean inTeam(Actor actor, CaseOverview overview, Set<TeamRole> roles) {
		return overview.team()
			.stream()
			.anyMatch(m -> actor.username().equals(m.username()) && roles.contains(m.role()));
	}

	private static DefaultMessageSourceResolvable roleNames(Set<TeamRole> roles) {
		// one message per combination keeps the Chinese list natural (承办法官或书记员)
		String key = "closing.roles." + Arrays.stream(TeamRole.values())
			.filter(roles::contains)
			.map(Enum::name)
			.collect(Collectors.joining("-"));
		return new DefaultMessageSourceResolvable(key);
	}
}
