package org.smartcourt.cases.internal.clock;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.organization.Courts;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a case's 审限: the 独任审判员 or a member of the 合议庭 applies for an extension (2019 规定 art.
 * 1); the 承办法官 or 审判长 records 中止, 恢复 and other excluded periods; the 院长 of the case's court decides a first
 * extension, the 院长 of the court above decides when the rule sends it there.
 */
@Component
public class ClockAccess {

	private static final Set<TeamRole> BENCH = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE,
			TeamRole.MEMBER_JUDGE);
	private static final Set<TeamRole> IN_CHARGE = EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.PRESIDING_JUDGE);

	private final Cases cases;
	private final Courts courts;

	ClockAccess(Cases cases, Courts courts) {
		this.cases = cases;
		this.courts = courts;
	}

	/** The case, if the actor sees it at all, with their level; otherwise not found (existence does not leak). */
	public Cases.CaseView visible(Actor actor, CaseId id) {
		Optional<CaseOverview> overview = cases.find(id);
		Optional<Audience> level = overview.flatMap(o -> cases.levelFor(actor, o));
		if (level.isEmpty()) {
			throw DomainException.notFound("case-not-found", "problem.case-not-found.detail", id.toString());
		}
		return new Cases.CaseView(overview.get(), level.get());
	}

	/** The case, for court staff in scope only. */
	/** The case, whoever asks: for commands whose caller has checked the actor's power. */
	CaseOverview existing(CaseId id) {
		return cases.find(id)
			.orElseThrow(() -> DomainException.notFound("case-not-found", "problem.case-not-found.detail", id.toString()));
	}

	CaseOverview courtCase(Actor actor, CaseId id) {
		Cases.CaseView view = visible(actor, id);
		if (view.level() != Audience.COURT) {
			throw DomainException.forbidden("clock-forbidden", "problem.clock-forbidden.detail");
		}
		return view.overview();
	}

	public boolean onBench(Actor actor, CaseOverview overview) {
		return inRoles(actor, overview, BENCH);
	}

	public boolean inCharge(Actor actor, CaseOverview overview) {
		return inRoles(actor, overview, IN_CHARGE);
	}

	private static boolean inRoles(Actor actor, CaseOverview overview, Set<TeamRole> roles) {
		return actor.isStaff() && actor.court().equals(overview.registration().courtId())
				&& overview.team().stream().anyMatch(m -> roles.contains(m.role()) && actor.username().equals(m.username()));
	}

	void requireOnBench(Actor actor, CaseOverview overview) {
		if (!onBench(actor, overview)) {
			throw DomainException.forbidden("clock-not-on-bench", "problem.clock-not-on-bench.detail");
		}
	}

	void requireInCharge(Actor actor, CaseOverview overview) {
		if (!inCharge(actor, overview)) {
			throw DomainException.forbidden("clock-not-in-charge", "problem.clock-not-in-charge.detail");
		}
	}

	/** The court whose 院长 decides: the case's court, or the one above it when the rule sends it up. */
	CourtId approverCourt(CourtId caseCourt, boolean higherCourt) {
		if (!higherCourt) {
			return caseCourt;
		}
		return courts.find(caseCourt)
			.map(Courts.CourtSummary::parent)
			.orElseThrow(() -> DomainException.ruleViolation("extension-no-higher-court",
					"problem.extension-no-higher-court.detail"));
	}

	/** Whether the actor is the 院长 who decides requests sent to {@code approverCourt}. */
	public boolean decides(Actor actor, CourtId approverCourt) {
		return actor.is(Role.PRESIDENT) && approverCourt.equals(actor.court());
	}
}
