package org.smartcourt.cases.internal.assignment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.smartcourt.audit.AuditTrail;
import org.smartcourt.organization.Staffing;
import org.smartcourt.organization.Staffing.StaffSummary;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.DomainException.FieldProblem;
import org.smartcourt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 法官不在岗登记: a 庭长 records the absences of the judges of their department (a 院长 of anyone at the court), so
 * random assignment leaves them out on those days. Absences are withdrawn, never deleted.
 */
@Service
public class JudgeAbsences {

	private static final int REASON_MAX = 200;

	private final JdbcClient jdbc;
	private final Staffing staffing;
	private final AuditTrail audit;
	private final Clock clock;

	JudgeAbsences(JdbcClient jdbc, Staffing staffing, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.staffing = staffing;
		this.audit = audit;
		this.clock = clock;
	}

	/** Current and future absences at the actor's court. */
	@Transactional(readOnly = true)
	public List<JudgeAbsence> upcoming(Actor actor) {
		AssignmentAccess.require(actor.isStaff());
		return jdbc.sql("""
				select id, court_id, staff_id, staff_name, from_date, to_date, reason, recorded_by, withdrawn_at
				  from judge_absence where court_id = ? and withdrawn_at is null and to_date >= ?
				 order by from_date, staff_name""")
			.params(actor.court().value(), LocalDate.now(clock))
			.query((rs, n) -> new JudgeAbsence(rs.getObject("id", UUID.class), rs.getString("court_id"),
					rs.getObject("staff_id", UUID.class), rs.getString("staff_name"),
					rs.getDate("from_date").toLocalDate(), rs.getDate("to_date").toLocalDate(), rs.getString("reason"),
					rs.getString("recorded_by"), rs.getTimestamp("withdrawn_at") != null))
			.list();
	}

	@Transactional
	public JudgeAbsence record(Actor actor, UUID staffId, LocalDate from, LocalDate to, String reason) {
		List<FieldProblem> problems = new ArrayList<>();
		StaffSummary judge = staffId == null ? null : staffing.staff(staffId).orElse(null);
		if (judge == null || !judge.position().hearsCases() && judge.position() != org.smartcourt.organization.Position.PEOPLES_ASSESSOR) {
			problems.add(new FieldProblem("staffId", "unknown", "validation.absence.staff"));
		}
		if (from == null || to == null || to.isBefore(from)) {
			problems.add(new FieldProblem("to", "invalid", "validation.absence.dates"));
		}
		if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
			problems.add(new FieldProblem("reason", "required", "validation.absence.reason"));
		}
		if (!problems.isEmpty()) {
			throw DomainException.invalid("validation-failed", "problem.validation-failed.detail", problems);
		}
		requireManager(actor, judge);
		JudgeAbsence absence = new JudgeAbsence(UUID.randomUUID(), judge.court().value(), judge.id(), judge.name(),
				from, to, reason.strip(), actor.username(), false);
		jdbc.sql("""
				insert into judge_absence (id, court_id, staff_id, staff_name, from_date, to_date, reason, recorded_by,
				       recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(absence.id(), absence.court(), absence.staffId(), absence.staffName(), from, to, absence.reason(),
					actor.username(), Timestamp.from(clock.instant()))
			.update();
		audit.success("judge.absence.record", "staff", judge.id().toString());
		return absence;
	}

	@Transactional
	public void withdraw(Actor actor, UUID absenceId) {
		UUID staffId = jdbc.sql("select staff_id from judge_absence where id = ? and withdrawn_at is null")
			.param(absenceId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("absence-not-found", "problem.absence-not-found.detail"));
		StaffSummary judge = staffing.staff(staffId)
			.orElseThrow(() -> DomainException.notFound("absence-not-found", "problem.absence-not-found.detail"));
		requireManager(actor, judge);
		jdbc.sql("update judge_absence set withdrawn_at = ? where id = ?")
			.params(Timestamp.from(clock.instant()), absenceId)
			.update();
		audit.success("judge.absence.withdraw", "staff", staffId.toString());
	}

	private void requireManager(Actor actor, StaffSummary judge) {
		boolean sameCourt = actor.isStaff() && judge.court().equals(actor.court());
		boolean president = actor.is(Role.PRESIDENT);
		boolean head = actor.is(Role.DIVISION_HEAD) && staffing.byUsername(actor.username())
			.map(StaffSummary::departmentId)
			.filter(d -> d.equals(judge.departmentId()) || judge.departmentId() == null)
			.isPresent();
		if (!sameCourt) {
			throw DomainException.notFound("absence-not-found", "problem.absence-not-found.detail");
		}
		AssignmentAccess.require(president || head);
	}
}
