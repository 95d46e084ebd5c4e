package org.smartcourt.cases.internal.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Changes to a case's team ({@code case_team_member}): rows are added and ended ({@code until}), never deleted; and
 * each judge's standing 法官助理 and 书记员 ({@code judge_team}), who follow the judge onto a case.
 */
@Component
class CaseTeams {

	/** A judge's standing assistant and clerk (either may be {@literal null}). */
	record StandingTeam(UUID judge, UUID assistant, UUID clerk) {
	}

	private final JdbcClient jdbc;
	private final Staffing staffing;

	CaseTeams(JdbcClient jdbc, Staffing staffing) {
		this.jdbc = jdbc;
		this.staffing = staffing;
	}

	void add(CaseId caseId, StaffSummary staff, TeamRole role, Instant since) {
		jdbc.sql("""
				insert into case_team_member (id, case_id, staff_id, username, name, role, since)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), caseId.value(), staff.id(), staff.username(), staff.name(), role.name(),
					Timestamp.from(since))
			.update();
	}

	/** Adds the judge as 承办法官 with their standing assistant and clerk, if any. */
	void addJudgeWithTeam(CaseId caseId, StaffSummary judge, Instant since) {
		add(caseId, judge, TeamRole.RESPONSIBLE_JUDGE, since);
		standingTeam(judge.id()).ifPresent(team -> {
			member(team.assistant()).ifPresent(a -> add(caseId, a, TeamRole.ASSISTANT, since));
			member(team.clerk()).ifPresent(c -> add(caseId, c, TeamRole.CLERK, since));
		});
	}

	/** Ends the current rows in {@code roles}. */
	int end(CaseId caseId, Collection<TeamRole> roles, Instant until) {
		return jdbc.sql("update case_team_member set until = :until where case_id = :case and until is null and role in (:roles)")
			.param("until", Timestamp.from(until))
			.param("case", caseId.value())
			.param("roles", roles.stream().map(Enum::name).toList())
			.update();
	}

	Optional<StandingTeam> standingTeam(UUID judge) {
		return jdbc.sql("select judge_staff_id, assistant_staff_id, clerk_staff_id from judge_team where judge_staff_id = ?")
			.param(judge)
			.query((rs, n) -> new StandingTeam(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class)))
			.optional();
	}

	void saveStandingTeam(StandingTeam team, String court, String by, Instant at) {
		jdbc.sql("""
				insert into judge_team (judge_staff_id, court_id, assistant_staff_id, clerk_staff_id, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (judge_staff_id) do update set assistant_staff_id = excluded.assistant_staff_id,
				       clerk_staff_id = excluded.clerk_staff_id, updated_by = excluded.updated_by,
				       updated_at = excluded.updated_at""")
			.params(team.judge(), court, team.assistant(), team.clerk(), by, Timestamp.from(at))
			.update();
	}

	java.util.List<StandingTeam> standingTeamsAt(String court) {
		return jdbc.sql("select judge_staff_id, assistant_staff_id, clerk_staff_id from judge_team where court_id = ?")
			.param(court)
			.query((rs, n) -> new StandingTeam(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class)))
			.list();
	}

	private Optional<StaffSummary> member(UUID id) {
		return id == null ? Optional.empty() : staffing.staff(id);
	}
}
