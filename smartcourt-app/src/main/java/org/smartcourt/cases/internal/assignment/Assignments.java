package org.smartcourt.cases.internal.assignment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.cases.Audience;
import org.smartcourt.cases.CaseId;
import org.smartcourt.cases.CaseOverview;
import org.smartcourt.cases.CaseStage;
import org.smartcourt.cases.Cases;
import org.smartcourt.cases.Docket;
import org.smartcourt.cases.DocketEntryType;
import org.smartcourt.cases.NewDocketEntry;
import org.smartcourt.cases.TeamMember;
import org.smartcourt.cases.TeamRole;
import org.smartcourt.cases.internal.CaseStages;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.DepartmentSummary;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分案: random assignment (随机分案为主) from the 待分案 queue or automatically after 立案, and designated assignment
 * or reassignment (指定分案为辅, 变更承办法官) on a reasoned request approved by a 庭长 or 院长 who did not make it. A
 * random draw stores its seed ({@link SecureRandom}), its candidates in draw order with their weights, who was left
 * out and why, and {@link WeightedDraw#ALGORITHM}, so {@link #replay} shows it picks the same judge again.
 * Designated assignments and reassignments carry {@code supervision_flag} for 院庭长监督 (法发〔2021〕30号).
 */
@Service
public class Assignments {

	private static final int REASON_MAX = 500;

	private final Cases cases;
	private final CaseStages stages;
	private final Docket docket;
	private final AuditTrail audit;
	private final Staffing staffing;
	private final Eligibility eligibility;
	private final ResponsibleDepartments departments;
	private final AssignmentRepository assignments;
	private final DesignationRequests requests;
	private final CaseTeams teams;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	Assignments(Cases cases, CaseStages stages, Docket docket, AuditTrail audit, Staffing staffing,
			Eligibility eligibility, ResponsibleDepartments departments, AssignmentRepository assignments,
			DesignationRequests requests, CaseTeams teams, JdbcClient jdbc, Clock clock) {
		this.cases = cases;
		this.stages = stages;
		this.docket = docket;
		this.audit = audit;
		this.staffing = staffing;
		this.eligibility = eligibility;
		this.departments = departments;
		this.assignments = assignments;
		this.requests = requests;
		this.teams = teams;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The 待分案 queue of the actor's court, oldest first. */
	@Transactional(readOnly = true)
	public List<QueuedCase> queue(Actor actor) {
		AssignmentAccess.require(actor.isStaff() && AssignmentAccess.ASSIGNERS.contains(actor.role()));
		return jdbc.sql("""
				select id from court_case where court_id = ? and stage = 'REGISTERED' and category_code <> ?
				order by registered_at limit 200""")
			.params(actor.court().value(), Eligibility.PRE_SUIT_MEDIATION)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> cases.find(new CaseId(id)).orElseThrow())
			.map(o -> new QueuedCase(o, assignments.pendingReason(o.id()).orElse(null),
					departments.candidates(o.registration().courtId(), o.registration().typeCode())))
			.toList();
	}

	/**
	 * 随机分案 by a filing clerk, 庭长 or 院长 of the case's court.
	 *
	 * @param departmentId the 承办部门 the assigner chose, or {@literal null} for the one the reference data names.
	 * @throws DomainException 409 when the case is not 待分案, the department is ambiguous or nobody may be drawn.
	 */
	@Transactional
	public AssignmentRecord assignAtRandom(Actor actor, CaseId id, UUID departmentId) {
		CaseOverview overview = AssignmentAccess.courtOverview(cases, actor, id);
		AssignmentAccess.require(AssignmentAccess.inRole(actor, overview, AssignmentAccess.ASSIGNERS));
		return draw(actor, id, departmentId);
	}

	/**
	 * 随机分案 right after 立案, by the system, within the registration's transaction behind a savepoint: a failure here
	 * rolls back to the savepoint and must not touch the registration.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NESTED)
	public AssignmentRecord assignAutomatically(CaseId id) {
		return draw(null, id, null);
	}

	/** Records why automatic assignment left the case in the queue, behind a savepoint of the registration. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NESTED)
	public void leavePending(CaseId id, String reason) {
		assignments.markPending(id, reason, clock.instant());
	}

	private AssignmentRecord draw(Actor actor, CaseId id, UUID chosenDepartment) {
		stages.require(id, EnumSet.of(CaseStage.REGISTERED), "分案");
		CaseOverview overview = cases.find(id).orElseThrow();
		UUID department = department(overview, chosenDepartment);
		CandidatePool pool = eligibility.judges(overview, department, today());
		if (pool.isEmpty()) {
			String why = pool.excluded().isEmpty() ? "该部门没有可审理此类案件的法官"
					: String.join("；", pool.excluded().stream().map(e -> e.name() + "：" + e.reason()).toList());
			throw DomainException.conflict("assignment-no-candidate", "problem.assignment-no-candidate.detail", why);
		}
		long seed = random.nextLong();
		Candidate chosen = WeightedDraw.pick(seed, pool.eligible());
		StaffSummary judge = staffing.staff(chosen.staffId()).orElseThrow();
		Instant now = clock.instant();
		AssignmentRecord record = new AssignmentRecord(UUID.randomUUID(), id, AssignmentRecord.JUDGE,
				AssignmentKind.RANDOM, department, seed, WeightedDraw.ALGORITHM, pool.eligible(), pool.excluded(),
				List.of(new AssignmentRecord.Chosen(judge.id(), judge.name())), null, null, null, false,
				actor == null ? null : actor.username(), now);
		assignments.insert(record);
		place(overview, judge, department, now);
		docket.record(id, actor, new NewDocketEntry(DocketEntryType.ASSIGNED, null, null,
				"随机分案，承办法官：" + judge.name(),
				Map.of("kind", AssignmentKind.RANDOM.name(), "assignmentId", record.id().toString(), "judge",
						judge.name())));
		assignments.clearPending(id);
		audit.success(actor == null ? "case.assign.automatic" : "case.assign.random", "case", id.toString());
		return record;
	}

	/** Moves the case to 已分案 in {@code department} and puts the judge and their standing team on it. */
	private void place(CaseOverview overview, StaffSummary judge, UUID department, Instant now) {
		jdbc.sql("update court_case set department_id = ? where id = ?")
			.params(department, overview.id().value())
			.update();
		stages.move(overview.id(), CaseStage.ASSIGNED, "分案");
		teams.addJudgeWithTeam(overview.id(), judge, now);
	}

	private UUID department(CaseOverview overview, UUID chosen) {
		List<DepartmentSummary> options = departments.candidates(overview.registration().courtId(),
				overview.registration().typeCode());
		if (chosen != null) {
			DepartmentSummary department = staffing.department(chosen)
				.filter(d -> d.court().equals(overview.registration().courtId()) && "TRIAL".equals(d.kind()))
				.orElseThrow(() -> DomainException.invalid("validation-failed", "problem.validation-failed.detail",
						List.of(new FieldProblem("departmentId", "unknown", "validation.assignment.department.unknown"))));
			return department.id();
		}
		if (options.isEmpty()) {
			throw DomainException.conflict("assignment-no-department", "problem.assignment-no-department.detail",
					overview.registration().typeCode());
		}
		if (options.size() > 1) {
			throw DomainException.conflict("assignment-department-ambiguous",
					"problem.assignment-department-ambiguous.detail",
					String.join("、", options.stream().map(DepartmentSummary::name).toList()));
		}
		return options.get(0).id();
	}

	/**
	 * Asks for 指定分案 (case 待分案) or 变更承办法官 (case assigned) to {@code judgeStaffId}, with a reason.
	 *
	 * @throws DomainException 422 when the judge may not hear the case (category, recusal, absence).
	 */
	@Transactional
	public DesignationRequest requestDesignation(Actor actor, CaseId id, UUID judgeStaffId, String reason) {
		CaseOverview overview = AssignmentAccess.courtOverview(cases, actor, id);
		AssignmentAccess.require(AssignmentAccess.inRole(actor, overview, AssignmentAccess.ASSIGNERS)
				|| AssignmentAccess.isResponsibleJudge(actor, overview));
		List<FieldProblem> problems = new ArrayList<>();
		if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
			problems.add(new FieldProblem("reason", "required", "validation.assignment.reason.required"));
		}
		StaffSummary judge = judgeStaffId == null ? null : staffing.staff(judgeStaffId)
			.filter(s -> s.court().equals(overview.registration().courtId()))
			.orElse(null);
		if (judge == null) {
			problems.add(new FieldProblem("judgeStaffId", "unknown", "validation.assignment.judge.unknown"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		CaseStage stage = stages.require(id, EnumSet.of(CaseStage.REGISTERED, CaseStage.ASSIGNED, CaseStage.IN_TRIAL,
				CaseStage.SUSPENDED), "指定或变更承办法官");
		requireMayHear(overview, judge);
		if (overview.responsibleJudge().map(TeamMember::staffId).filter(judge.id()::equals).isPresent()) {
			throw DomainException.conflict("assignment-same-judge", "problem.assignment-same-judge.detail",
					judge.name());
		}
		DesignationRequest request = new DesignationRequest(UUID.randomUUID(), id,
				stage == CaseStage.REGISTERED ? DesignationRequest.DESIGNATE : DesignationRequest.REASSIGN, judge.id(),
				judge.name(), reason.strip(), actor.username(), clock.instant(), DesignationRequest.PENDING, null, null,
				null, null);
		requests.insert(request);
		docket.record(id, actor, new NewDocketEntry(DocketEntryType.INTERNAL_NOTE, null, Audience.COURT,
				(request.kind().equals(DesignationRequest.DESIGNATE) ? "申请指定分案" : "申请变更承办法官") + "，拟由"
						+ judge.name() + "承办，理由：" + request.reason(),
				Map.of("designationRequestId", request.id().toString())));
		audit.success("case.designation.request", "case", id.toString());
		return request;
	}

	/** Approves a pending request: the case goes to the judge named in it, flagged for supervision. */
	@Transactional
	public AssignmentRecord approve(Actor actor, CaseId id, UUID requestId, String note) {
		CaseOverview overview = AssignmentAccess.courtOverview(cases, actor, id);
		DesignationRequest request = decidable(actor, overview, requestId);
		StaffSummary judge = staffing.staff(request.judgeStaffId())
			.orElseThrow(() -> DomainException.conflict("assignment-judge-ineligible",
					"problem.assignment-judge-ineligible.detail", request.judgeName(), "已不在岗"));
		Instant now = clock.instant();
		boolean designate = request.kind().equals(DesignationRequest.DESIGNATE);
		stages.require(id, designate ? EnumSet.of(CaseStage.REGISTERED)
				: EnumSet.of(CaseStage.ASSIGNED, CaseStage.IN_TRIAL, CaseStage.SUSPENDED),
				designate ? "指定分案" : "变更承办法官");
		requireMayHear(overview, judge);
		AssignmentRecord record = new AssignmentRecord(UUID.randomUUID(), id, AssignmentRecord.JUDGE,
				designate ? AssignmentKind.DESIGNATED : AssignmentKind.REASSIGNED, judge.departmentId(), null, null,
				List.of(), List.of(), List.of(new AssignmentRecord.Chosen(judge.id(), judge.name())), request.reason(),
				request.requestedBy(), actor.username(), true, actor.username(), now);
		assignments.insert(record);
		if (designate) {
			place(overview, judge, judge.departmentId(), now);
			docket.record(id, actor, new NewDocketEntry(DocketEntryType.ASSIGNED, null, null,
					"指定分案，承办法官：" + judge.name(), Map.of("kind", AssignmentKind.DESIGNATED.name(),
							"assignmentId", record.id().toString(), "judge", judge.name())));
			assignments.clearPending(id);
		}
		else {
			String previous = overview.responsibleJudge().map(TeamMember::name).orElse("（无）");
			teams.end(id, EnumSet.of(TeamRole.RESPONSIBLE_JUDGE, TeamRole.ASSISTANT, TeamRole.CLERK), now);
			overview.responsibleJudge()
				.ifPresent(old -> jdbc.sql("""
						update case_team_member set until = ? where case_id = ? and staff_id = ? and until is null""")
					.params(java.sql.Timestamp.from(now), id.value(), old.staffId())
					.update());
			jdbc.sql("update court_case set department_id = ?, version = version + 1 where id = ?")
				.params(judge.departmentId(), id.value())
				.update();
			teams.addJudgeWithTeam(id, judge, now);
			docket.record(id, actor, new NewDocketEntry(DocketEntryType.REASSIGNED, null, null,
					"变更承办法官：由" + previous + "变更为" + judge.name(), Map.of("kind",
							AssignmentKind.REASSIGNED.name(), "assignmentId", record.id().toString(), "judge",
							judge.name(), "previousJudge", previous)));
		}
		requests.decide(requestId, "APPROVED", actor.username(), now, blankToNull(note), record.id());
		audit.success(designate ? "case.designation.approve" : "case.reassignment.approve", "case", id.toString());
		return record;
	}

	/** Refuses a pending request; nothing changes on the case. */
	@Transactional
	public void refuse(Actor actor, CaseId id, UUID requestId, String note) {
		CaseOverview overview = AssignmentAccess.courtOverview(cases, actor, id);
		decidable(actor, overview, requestId);
		if (note == null || note.isBlank() || note.length() > REASON_MAX) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail",
					List.of(new FieldProblem("note", "required", "validation.assignment.refusal.required")));
		}
		requests.decide(requestId, "REFUSED", actor.username(), clock.instant(), note.strip(), null);
		docket.record(id, actor, new NewDocketEntry(DocketEntryType.INTERNAL_NOTE, null, Audience.COURT,
				"不同意指定或变更承办法官：" + note.strip(), Map.of("designationRequestId", requestId.toString())));
		audit.success("case.designation.refuse", "case", id.toString());
	}

	private DesignationRequest decidable(Actor actor, CaseOverview overview, UUID requestId) {
		AssignmentAccess.require(AssignmentAccess.inRole(actor, overview, AssignmentAccess.APPROVERS));
		DesignationRequest request = requests.lock(overview.id(), requestId)
			.orElseThrow(() -> DomainException.notFound("designation-request-not-found",
					"problem.designation-request-not-found.detail"));
		if (!request.isPending()) {
			throw DomainException.conflict("designation-request-decided",
					"problem.designation-request-decided.detail");
		}
		if (request.requestedBy().equals(actor.username())) {
			throw DomainException.forbidden("designation-own-request", "problem.designation-own-request.detail");
		}
		return request;
	}

	private void requireMayHear(CaseOverview overview, StaffSummary judge) {
		boolean qualified = Eligibility.categoryOf(overview.registration().categoryCode())
			.map(judge::mayHear)
			.orElse(false);
		if (!qualified) {
			throw DomainException.ruleViolation("assignment-judge-ineligible",
					"problem.assignment-judge-ineligible.detail", judge.name(), "未被确定审理该类案件");
		}
		eligibility.obstacle(overview.id(), judge.id(), today()).ifPresent(why -> {
			throw DomainException.ruleViolation("assignment-judge-ineligible",
					"problem.assignment-judge-ineligible.detail", judge.name(), why);
		});
	}

	/** The case's assignments, oldest first; court staff only (parties never see seeds or exclusions). */
	@Transactional(readOnly = true)
	public List<AssignmentRecord> history(Actor actor, CaseId id) {
		requireCourtLevel(actor, id);
		return assignments.ofCase(id);
	}

	/** The case's designation and reassignment requests; court staff only. */
	@Transactional(readOnly = true)
	public List<DesignationRequest> requests(Actor actor, CaseId id) {
		requireCourtLevel(actor, id);
		return requests.ofCase(id);
	}

	/** Pending requests at the approver's court. */
	@Transactional(readOnly = true)
	public List<DesignationRequest> pendingRequests(Actor actor) {
		AssignmentAccess.require(actor.isStaff() && AssignmentAccess.APPROVERS.contains(actor.role()));
		return requests.pendingAt(actor.court().value());
	}

	/** Runs a stored draw again from its seed, candidates and weights; court staff only, audited. */
	@Transactional
	public Replay replay(Actor actor, CaseId id, UUID assignmentId) {
		requireCourtLevel(actor, id);
		AssignmentRecord record = assignments.find(id, assignmentId)
			.orElseThrow(() -> DomainException.notFound("assignment-not-found", "problem.assignment-not-found.detail"));
		if (!record.isDraw()) {
			throw DomainException.conflict("assignment-not-a-draw", "problem.assignment-not-a-draw.detail");
		}
		List<AssignmentRecord.Chosen> replayed = WeightedDraw
			.pickMany(record.seed(), record.candidates(), record.chosen().size())
			.stream()
			.map(c -> new AssignmentRecord.Chosen(c.staffId(), c.name()))
			.toList();
		audit.success("case.assignment.replay", "case_assignment", assignmentId.toString());
		return new Replay(record, replayed, replayed.equals(record.chosen()));
	}

	private void requireCourtLevel(Actor actor, CaseId id) {
		AssignmentAccess.courtOverview(cases, actor, id);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
