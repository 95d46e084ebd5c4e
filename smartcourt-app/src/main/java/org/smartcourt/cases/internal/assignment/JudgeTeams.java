package org.smartcourt.cases.internal.assignment;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.organization.Position;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审判团队: each judge's standing 法官助理 and 书记员, who join the judge's newly assigned cases. A 庭长 sets them
 * for the judges of their court (a 院长 too).
 */
@Service
public class JudgeTeams {

	/** A judge's team, with names. */
	public record Team(StaffSummary judge, StaffSummary assistant, StaffSummary clerk) {
	}

	private final CaseTeams teams;
	private final Staffing staffing;
	private final AuditTrail audit;
	private final Clock clock;

	JudgeTeams(CaseTeams teams, Staffing staffing, AuditTrail audit, Clock clock) {
		this.teams = teams;
		this.staffing = staffing;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Team> at(Actor actor) {
		AssignmentAccess.require(actor.isStaff());
		return teams.standingTeamsAt(actor.court().value())
			.stream()
			.map(t -> new Team(staffing.staff(t.judge()).orElse(null), find(t.assistant()), find(t.clerk())))
			.filter(t -> t.judge() != null)
			.toList();
	}

	@Transactional
	public Team set(Actor actor, UUID judgeId, UUID assistantId, UUID clerkId) {
		AssignmentAccess.require(actor.isStaff() && AssignmentAccess.APPROVERS.contains(actor.role()));
		StaffSummary judge = atCourt(actor, judgeId, null, "judgeStaffId");
		StaffSummary assistant = assistantId == null ? null : atCourt(actor, assistantId, Position.ASSISTANT, "assistantStaffId");
		StaffSummary clerk = clerkId == null ? null : atCourt(actor, clerkId, Position.CLERK, "clerkStaffId");
		if (!judge.position().hearsCases()) {
			throw invalid("judgeStaffId");
		}
		teams.saveStandingTeam(new CaseTeams.StandingTeam(judge.id(), assistantId, clerkId), actor.court().value(),
				actor.username(), clock.instant());
		audit.success("judge.team.set", "staff", judgeId.toString());
		return new Team(judge, assistant, clerk);
	}

	private StaffSummary atCourt(Actor actor, UUID id, Position position, String field) {
		return staffing.staff(id)
			.filter(s -> s.court().equals(actor.court()) && (position == null || s.position() == position))
			.orElseThrow(() -> invalid(field));
	}

	private StaffSummary find(UUID id) {
		return id == null ? null : staffing.staff(id).orElse(null);
	}

	private static DomainException invalid(String field) {
		return DomainException.invalid("validation-failed", "problem.validation-failed.detail",
				List.of(new FieldProblem(field, "invalid", "validation.judge-team.person")));
	}

}
