package org.smartcourt.cases.internal.assignment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.Procedure;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.cases.internal.CaseStages;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审判组织: a 合议庭 for ordinary procedure, 独任审判 for the others.
 * <ul>
 * <li>简易程序 is heard by one judge alone (民诉法 art. 40 para. 2, art. 163); so are 小额诉讼 (same chapter, art. 163) and
 * 速裁 (刑诉法 art. 222); a panel is refused for them (409).</li>
 * <li>普通程序 needs a 合议庭 of an odd number, at least three (民诉法 art. 40 para. 1; 人民法院组织法 art. 30), of
 * judges, or judges and 人民陪审员; a 审判长 must be a judge. 人民陪审员 are drawn at random from the court's roster
 * (人民陪审员法 art. 19; not in the shared statute texts, cited from the statute as published), seeded and stored
 * like 随机分案 so the draw can be replayed. The software refuses 独任 for ordinary procedure (409), although 民诉法
 * art. 40 para. 2 now allows a basic court to try some ordinary cases alone: that choice is left to a later rule.</li>
 * </ul>
 * Forming the panel again ends the earlier panel rows. Each decision is a PANEL_FORMED docket entry.
 */
@Service
public class Panels {

	private static final Set<Procedure> SOLE = EnumSet.of(Procedure.SIMPLIFIED, Procedure.SMALL_CLAIMS,
			Procedure.EXPEDITED);
	private static final Set<Procedure> COLLEGIAL = EnumSet.of(Procedure.ORDINARY, Procedure.SECOND_INSTANCE,
			Procedure.RETRIAL);
	private static final Set<TeamRole> PANEL_ROLES = EnumSet.of(TeamRole.PRESIDING_JUDGE, TeamRole.MEMBER_JUDGE,
			TeamRole.PEOPLES_ASSESSOR);

	private final Cases cases;
	private final CaseStages stages;
	private final Docket docket;
	private final AuditTrail audit;
	private final Staffing staffing;
	private final Eligibility eligibility;
	private final AssignmentRepository assignments;
	private final CaseTeams teams;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	Panels(Cases cases, CaseStages stages, Docket docket, AuditTrail audit, Staffing staffing,
			Eligibility eligibility, AssignmentRepository assignments, CaseTeams teams, Clock clock) {
		this.cases = cases;
		this.stages = stages;
		this.docket = docket;
		this.audit = audit;
		this.staffing = staffing;
		this.eligibility = eligibility;
		this.assignments = assignments;
		this.teams = teams;
		this.clock = clock;
	}

	/** Whether the case still needs its 合议庭 (ordinary procedure, no 审判长 yet). */
	public static boolean needsPanel(CaseOverview overview) {
		return COLLEGIAL.contains(overview.procedure()) && overview.inRole(TeamRole.PRESIDING_JUDGE).isEmpty()
				&& overview.responsibleJudge().isPresent();
	}

	/**
	 * Forms the panel (or records 独任).
	 *
	 * @throws DomainException 409 for a panel under a 独任 procedure or 独任 under ordinary procedure; 400 for a
	 *         panel of the wrong size or with people who may not sit.
	 */
	@Transactional
	public List<TeamMember> form(Actor actor, CaseId id, PanelForm form) {
		CaseOverview overview = AssignmentAccess.courtOverview(cases, actor, id);
		AssignmentAccess.require(AssignmentAccess.inRole(actor, overview, AssignmentAccess.APPROVERS)
				|| AssignmentAccess.isResponsibleJudge(actor, overview));
		stages.require(id, EnumSet.of(CaseStage.ASSIGNED, CaseStage.IN_TRIAL, CaseStage.SUSPENDED), "组成合议庭");
		overview = cases.find(id).orElseThrow();
		TeamMember judge = overview.responsibleJudge()
			.orElseThrow(() -> DomainException.conflict("panel-form-conflict", "problem.panel-form-conflict.detail",
					"案件尚无承办法官"));
		if (!form.collegial()) {
			if (!SOLE.contains(overview.procedure())) {
				throw DomainException.conflict("panel-form-conflict", "problem.panel-form-conflict.detail",
						"适用普通程序（及二审、再审）的案件应当组成合议庭（《民事诉讼法》第四十条、第四十一条）");
			}
			teams.end(id, PANEL_ROLES, clock.instant());
			docket.record(id, actor, NewDocketEntry.of(DocketEntryType.PANEL_FORMED, null,
					"由审判员" + judge.name() + "独任审理", Map.of("form", "SOLE", "judge", judge.name())));
			audit.success("case.panel.sole", "case", id.toString());
			return cases.find(id).orElseThrow().team();
		}
		if (!COLLEGIAL.contains(overview.procedure())) {
			throw DomainException.conflict("panel-form-conflict", "problem.panel-form-conflict.detail",
					"适用简易程序、小额诉讼程序或速裁程序的案件由审判员一人独任审理（《民事诉讼法》第四十条第二款、第一百六十三条），不组成合议庭；如需合议，请先转为普通程序");
		}
		return formCollegial(actor, overview, judge, form);
	}

	private List<TeamMember> formCollegial(Actor actor, CaseOverview overview, TeamMember judge, PanelForm form) {
		CaseId id = overview.id();
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>();
		UUID presidingId = form.presidingJudge() != null ? form.presidingJudge() : judge.staffId();
		Set<UUID> judges = new LinkedHashSet<>();
		judges.add(presidingId);
		judges.addAll(form.memberJudges());
		if (judges.size() != 1 + form.memberJudges().size()) {
			problems.add(new FieldProblem("memberJudges", "duplicate", "validation.panel.duplicate"));
		}
		int size = judges.size() + form.assessors();
		if (form.assessors() < 0 || size < 3 || size % 2 == 0) {
			problems.add(new FieldProblem("assessors", "size", "validation.panel.size"));
		}
		if (form.assessors() > 0 && overview.procedure() == Procedure.SECOND_INSTANCE) {
			problems.add(new FieldProblem("assessors", "second-instance", "validation.panel.second-instance"));
		}
		List<StaffSummary> sitting = new ArrayList<>();
		for (UUID staffId : judges) {
			StaffSummary s = staffing.staff(staffId)
				.filter(x -> x.court().equals(overview.registration().courtId()) && x.position().hearsCases())
				.filter(x -> Eligibility.categoryOf(overview.registration().categoryCode()).map(x::mayHear).orElse(false))
				.orElse(null);
			if (s == null) {
				problems.add(new FieldProblem(staffId.equals(presidingId) ? "presidingJudge" : "memberJudges",
						"ineligible", "validation.panel.judge"));
				continue;
			}
			sitting.add(s);
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		for (StaffSummary s : sitting) {
			eligibility.obstacle(id, s.id(), today).ifPresent(why -> {
				throw DomainException.ruleViolation("assignment-judge-ineligible",
						"problem.assignment-judge-ineligible.detail", s.name(), why);
			});
		}
		Instant now = clock.instant();
		teams.end(id, PANEL_ROLES, now);
		List<StaffSummary> assessors = List.of();
		if (form.assessors() > 0) {
			assessors = drawAssessors(actor, cases.find(id).orElseThrow(), form.assessors(), today, now);
		}
		teams.add(id, sitting.get(0), TeamRole.PRESIDING_JUDGE, now);
		sitting.stream().skip(1).forEach(s -> teams.add(id, s, TeamRole.MEMBER_JUDGE, now));
		assessors.forEach(a -> teams.add(id, a, TeamRole.PEOPLES_ASSESSOR, now));
		StringBuilder summary = new StringBuilder("组成合议庭：审判长" + sitting.get(0).name());
		if (sitting.size() > 1) {
			summary.append("，审判员").append(String.join("、", sitting.stream().skip(1).map(StaffSummary::name).toList()));
		}
		if (!assessors.isEmpty()) {
			summary.append("，人民陪审员").append(String.join("、", assessors.stream().map(StaffSummary::name).toList()));
		}
		docket.record(id, actor, NewDocketEntry.of(DocketEntryType.PANEL_FORMED, null, summary.toString(),
				Map.of("form", "COLLEGIAL", "presidingJudge", sitting.get(0).name())));
		audit.success("case.panel.collegial", "case", id.toString());
		return cases.find(id).orElseThrow().team();
	}

	private List<StaffSummary> drawAssessors(Actor actor, CaseOverview overview, int count, LocalDate today,
			Instant now) {
		CandidatePool pool = eligibility.assessors(overview, today);
		if (pool.eligible().size() < count) {
			throw DomainException.conflict("panel-not-enough-assessors", "problem.panel-not-enough-assessors.detail",
					count, pool.eligible().size());
		}
		long seed = random.nextLong();
		List<Candidate> drawn = WeightedDraw.pickMany(seed, pool.eligible(), count);
		assignments.insert(new AssignmentRecord(UUID.randomUUID(), overview.id(), AssignmentRecord.ASSESSORS,
				AssignmentKind.RANDOM, overview.departmentId(), seed, WeightedDraw.ALGORITHM, pool.eligible(),
				pool.excluded(), drawn.stream().map(c -> new AssignmentRecord.Chosen(c.staffId(), c.name())).toList(),
				null, null, null, false, actor.username(), now));
		return drawn.stream().map(c -> staffing.staff(c.staffId()).orElseThrow()).toList();
	}
}
