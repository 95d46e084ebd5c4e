package org.smartcourt.cases.internal.clock;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.deadlines.CaseClock;
import org.smartcourt.organization.Staffing;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading 审限: one case's clock for whoever sees the case, and the lists — 我承办的案件 for the judges, assistants
 * and clerks on a case's team; 全院案件 for a 庭长 (their department) and a 院长 (their court).
 */
@Service
public class ClockQueries {

	/** The filters of the court list. */
	public static final List<String> FILTERS = List.of("near-expiry", "overdue", "extended", "suspended");

	private static final Set<Role> TEAM_ROLES = EnumSet.of(Role.JUDGE, Role.ASSISTANT, Role.CLERK,
			Role.DIVISION_HEAD, Role.PRESIDENT);

	private final ClockAccess access;
	private final CaseClockService clocks;
	private final CaseClockStore store;
	private final ClockExclusionStore exclusions;
	private final Staffing staffing;
	private final AuditTrail audit;
	private final int nearDays;

	ClockQueries(ClockAccess access, CaseClockService clocks, CaseClockStore store, ClockExclusionStore exclusions,
			Staffing staffing, AuditTrail audit,
			@Value("${smartcourt.deadlines.warning-days:15,7,3}") List<Integer> warningDays) {
		this.access = access;
		this.clocks = clocks;
		this.store = store;
		this.exclusions = exclusions;
		this.staffing = staffing;
		this.audit = audit;
		this.nearDays = warningDays.stream().mapToInt(Integer::intValue).max().orElse(15);
	}

	/** A case's clock as the viewer may see it. */
	public record CaseClockView(Cases.CaseView caseView, Optional<CaseClock> clock, List<ClockExclusion> exclusions) {

		public boolean suspended() {
			return caseView.overview().stage() == CaseStage.SUSPENDED;
		}
	}

	public int nearDays() {
		return nearDays;
	}

	public LocalDate today() {
		return clocks.today();
	}

	/** The clock, computed for today, with its excluded periods; audited as a read of the case. */
	@Transactional
	public CaseClockView clockOf(Actor actor, CaseId id) {
		Cases.CaseView view = access.visible(actor, id);
		audit.success("case.clock.read", "case", id.toString());
		return new CaseClockView(view, clocks.compute(id, clocks.today()), exclusions.of(id));
	}

	/** Without audit, for the case page that has audited the read already. */
	@Transactional(readOnly = true)
	public CaseClockView clockForPage(Cases.CaseView view) {
		CaseId id = view.overview().id();
		return new CaseClockView(view, clocks.compute(id, clocks.today()), exclusions.of(id));
	}

	/** 我承办的案件. */
	@Transactional(readOnly = true)
	public List<ClockListRow> assigned(Actor actor) {
		if (!actor.isStaff() || !TEAM_ROLES.contains(actor.role())) {
			throw DomainException.forbidden("clock-forbidden", "problem.clock-forbidden.detail");
		}
		return store.assignedTo(actor.username());
	}

	/** 全院案件: a 庭长 sees their department, a 院长 their court. */
	@Transactional(readOnly = true)
	public List<ClockListRow> court(Actor actor, String filter, CaseStage stage) {
		if (filter != null && !FILTERS.contains(filter)) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new DomainException.FieldProblem("filter", "invalid", "validation.clock.filter")));
		}
		UUID department = null;
		if (actor.is(Role.DIVISION_HEAD)) {
			department = staffing.byUsername(actor.username())
				.map(Staffing.StaffSummary::departmentId)
				.orElseThrow(() -> DomainException.forbidden("clock-forbidden", "problem.clock-forbidden.detail"));
		}
		else if (!actor.is(Role.PRESIDENT)) {
			throw DomainException.forbidden("clock-forbidden", "problem.clock-forbidden.detail");
		}
		return store.atCourt(actor.court(), department, filter, stage, clocks.today(), nearDays);
	}

	/** Whether the viewer sees the case at the court's level. */
	public static boolean courtLevel(Cases.CaseView view) {
		return view.level() == Audience.COURT;
	}
}
