package org.smartcourt.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A case as the court works on it: registration data, stage, department, parties and current team.
 *
 * @param departmentId the 承办部门, once assigned.
 * @param filerUsername the account that filed it online, or {@literal null}.
 */
public record CaseOverview(RegisteredCase registration, CaseStage stage, UUID departmentId, String filerUsername,
		List<CaseParty> parties, List<TeamMember> team) {

	public CaseOverview {
		parties = List.copyOf(parties);
		team = List.copyOf(team);
	}

	public CaseId id() {
		return registration.id();
	}

	public Procedure procedure() {
		return registration.procedure();
	}

	/** The 承办法官, once assigned. */
	public Optional<TeamMember> responsibleJudge() {
		return team.stream().filter(m -> m.role() == TeamRole.RESPONSIBLE_JUDGE).findFirst();
	}

	public List<TeamMember> inRole(TeamRole role) {
		return team.stream().filter(m -> m.role() == role).toList();
	}

	/** Whether {@code username} is in the team (any role). */
	public boolean hasTeamMember(String username) {
		return username != null && team.stream().anyMatch(m -> username.equals(m.username()));
	}

	/** Parties only, without agents. */
	public List<CaseParty> partiesOnly() {
		return parties.stream().filter(p -> !p.agent()).toList();
	}
}
