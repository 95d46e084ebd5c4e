package org.smartcourt.appraisal.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.appraisal.EntrustmentStatus;
import org.smartcourt.cases.CaseId;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The entrustment tables. */
@Repository
class EntrustmentRepository {

	private final JdbcClient jdbc;

	EntrustmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Entrustment e) {
		jdbc.sql("""
				insert into appraisal_entrustment (id, case_id, court_id, case_number, matter, scope, purpose, field_code,
				  complex, materials, materials_examined_on, requested_by, requested_at, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.caseId().value(), e.court().value(), e.caseNumber(), e.matter(), e.scope(), e.purpose(),
					e.field(), e.complex(), e.materials(), Date.valueOf(e.materialsExaminedOn()), e.requestedBy(),
					Timestamp.from(e.requestedAt()), e.status().name())
			.update();
	}

	Optional<Entrustment> find(UUID id) {
		return jdbc.sql("select * from appraisal_entrustment where id = ?").param(id).query(this::mapEntrustment).optional();
	}

	/** Locks the row for a command. */
	Optional<Entrustment> lock(UUID id) {
		return jdbc.sql("select * from appraisal_entrustment where id = ? for update").param(id).query(this::mapEntrustment)
			.optional();
	}

	List<Entrustment> ofCourt(CourtId court) {
		return jdbc.sql("select * from appraisal_entrustment where court_id = ? order by requested_at desc")
			.param(court.value())
			.query(this::mapEntrustment)
			.list();
	}

	List<Entrustment> ofCase(CaseId caseId) {
		return jdbc.sql("select * from appraisal_entrustment where case_id = ? order by requested_at")
			.param(caseId.value())
			.query(this::mapEntrustment)
			.list();
	}

	List<Entrustment> ofCases(List<UUID> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from appraisal_entrustment where case_id in (:ids) order by requested_at desc")
			.param("ids", caseIds)
			.query(this::mapEntrustment)
			.list();
	}

	List<Entrustment> ofInstitution(UUID institution) {
		return jdbc.sql("""
				select distinct e.* from appraisal_entrustment e join appraisal_assignment a on a.entrustment_id = e.id
				where a.institution_id = ? order by e.requested_at desc""")
			.param(institution)
			.query(this::mapEntrustment)
			.list();
	}

	void update(Entrustment e) {
		jdbc.sql("""
				update appraisal_entrustment set status = ?, draw_at = ?, current_assignment_id = ?, clock_exclusion_id = ?,
				  objection_until = ?, reselection_requested_by = ?, terminated_reason = ?, version = version + 1
				where id = ?""")
			.params(e.status().name(), e.drawAt() == null ? null : Timestamp.from(e.drawAt()), e.currentAssignment(),
					e.clockExclusion(), e.objectionUntil() == null ? null : Date.valueOf(e.objectionUntil()),
					e.reselectionRequestedBy(), e.terminatedReason(), e.id())
			.update();
	}

	void insert(Assignment a) {
		jdbc.sql("""
				insert into appraisal_assignment (id, entrustment_id, round, institution_id, via, draw_id, assigned_at,
				  letter_sha256, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.entrustmentId(), a.round(), a.institutionId(), a.via(), a.drawId(),
					Timestamp.from(a.assignedAt()), a.letterSha256(), a.outcome())
			.update();
	}

	void update(Assignment a) {
		jdbc.sql("""
				update appraisal_assignment set accepted_on = ?, undertaking_at = ?, due_on = ?, declined_reason = ?,
				  report_sha256 = ?, report_name = ?, report_on = ?, outcome = ?, late_flagged_at = ?, warned_at = ?,
				  fee_quoted = ?, fee_paid = ?, fee_paid_by = ?, refund = ?, attendance = ?
				where id = ?""")
			.params(date(a.acceptedOn()), ts(a.undertakingAt()), date(a.dueOn()), a.declinedReason(), a.reportSha256(),
					a.reportName(), date(a.reportOn()), a.outcome(), ts(a.lateFlaggedAt()), ts(a.warnedAt()),
					a.feeQuoted(), a.feePaid(), a.feePaidBy(), a.refund(), a.attendance(), a.id())
			.update();
	}

	Optional<Assignment> assignment(UUID id) {
		return jdbc.sql("select * from appraisal_assignment where id = ?").param(id).query(this::mapAssignment).optional();
	}

	List<Assignment> assignments(UUID entrustment) {
		return jdbc.sql("select * from appraisal_assignment where entrustment_id = ? order by round")
			.param(entrustment)
			.query(this::mapAssignment)
			.list();
	}

	/** Every institution entrusted before on the case, with how that ended. */
	List<Assignment> assignmentsOfCase(CaseId caseId) {
		return jdbc.sql("""
				select a.* from appraisal_assignment a join appraisal_entrustment e on e.id = a.entrustment_id
				where e.case_id = ? order by a.assigned_at""")
			.param(caseId.value())
			.query(this::mapAssignment)
			.list();
	}

	/** Active, accepted assignments whose due day is known: for the late-report check. */
	List<Assignment> running() {
		return jdbc.sql("select * from appraisal_assignment where outcome = 'ACTIVE' and due_on is not null")
			.query(this::mapAssignment)
			.list();
	}

	void insert(Steps.Draw d) {
		jdbc.sql("""
				insert into appraisal_draw (id, entrustment_id, round, seed, algorithm, candidates, candidates_sha256,
				  excluded, chosen_id, attendance, drawn_by, drawn_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.entrustmentId(), d.round(), d.seed(), d.algorithm(), d.candidates(), d.fingerprint(),
					d.excluded(), d.chosen(), d.attendance(), d.drawnBy(), Timestamp.from(d.drawnAt()))
			.update();
	}

	List<Steps.Draw> draws(UUID entrustment) {
		return jdbc.sql("select * from appraisal_draw where entrustment_id = ? order by round")
			.param(entrustment)
			.query((rs, n) -> new Steps.Draw(rs.getObject("id", UUID.class), rs.getObject("entrustment_id", UUID.class),
					rs.getInt("round"), rs.getLong("seed"), rs.getString("algorithm"), rs.getString("candidates"),
					rs.getString("candidates_sha256"), rs.getString("excluded"), rs.getObject("chosen_id", UUID.class),
					rs.getString("attendance"), rs.getString("drawn_by"), rs.getTimestamp("drawn_at").toInstant()))
			.list();
	}

	void saveChoice(UUID entrustment, Steps.PartyChoice c) {
		jdbc.sql("""
				insert into appraisal_party_choice (entrustment_id, side, institution_id, username, chosen_at)
				values (?, ?, ?, ?, ?) on conflict (entrustment_id, side) do update set institution_id = excluded.institution_id,
				  username = excluded.username, chosen_at = excluded.chosen_at""")
			.params(entrustment, c.side(), c.institutionId(), c.username(), Timestamp.from(c.at()))
			.update();
	}

	List<Steps.PartyChoice> choices(UUID entrustment) {
		return jdbc.sql("select * from appraisal_party_choice where entrustment_id = ? order by side")
			.param(entrustment)
			.query((rs, n) -> new Steps.PartyChoice(rs.getString("side"), rs.getObject("institution_id", UUID.class),
					rs.getString("username"), rs.getTimestamp("chosen_at").toInstant()))
			.list();
	}

	void clearChoices(UUID entrustment) {
		jdbc.sql("delete from appraisal_party_choice where entrustment_id = ?").param(entrustment).update();
	}

	void attend(UUID entrustment, String username, String side, Instant at) {
		jdbc.sql("""
				insert into appraisal_draw_attendance (entrustment_id, username, side, seen_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(entrustment, username, side, Timestamp.from(at))
			.update();
	}

	List<Steps.Attendance> attendance(UUID entrustment) {
		return jdbc.sql("select * from appraisal_draw_attendance where entrustment_id = ? order by seen_at")
			.param(entrustment)
			.query((rs, n) -> new Steps.Attendance(rs.getString("username"), rs.getString("side"),
					rs.getTimestamp("seen_at").toInstant()))
			.list();
	}

	void clearAttendance(UUID entrustment) {
		jdbc.sql("delete from appraisal_draw_attendance where entrustment_id = ?").param(entrustment).update();
	}

	void addRecusal(CaseId caseId, UUID institution, String reason, String by, Instant at) {
		jdbc.sql("""
				insert into appraisal_recusal (id, case_id, institution_id, reason, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), caseId.value(), institution, reason, by, Timestamp.from(at))
			.update();
	}

	List<Steps.Recusal> recusals(CaseId caseId) {
		return jdbc.sql("select institution_id, reason from appraisal_recusal where case_id = ? order by recorded_at")
			.param(caseId.value())
			.query((rs, n) -> new Steps.Recusal(rs.getObject("institution_id", UUID.class), rs.getString("reason")))
			.list();
	}

	void insert(Steps.MaterialRequest m) {
		jdbc.sql("""
				insert into appraisal_material_request (id, assignment_id, what, requested_on) values (?, ?, ?, ?)""")
			.params(m.id(), m.assignmentId(), m.what(), Date.valueOf(m.requestedOn()))
			.update();
	}

	void supply(UUID request, LocalDate on, String sha256, String name, String note) {
		jdbc.sql("""
				update appraisal_material_request set supplied_on = ?, file_sha256 = ?, file_name = ?, note = ? where id = ?""")
			.params(Date.valueOf(on), sha256, name, note, request)
			.update();
	}

	List<Steps.MaterialRequest> materialRequests(UUID assignment) {
		return jdbc.sql("select * from appraisal_material_request where assignment_id = ? order by requested_on, id")
			.param(assignment)
			.query((rs, n) -> new Steps.MaterialRequest(rs.getObject("id", UUID.class),
					rs.getObject("assignment_id", UUID.class), rs.getString("what"), local(rs.getDate("requested_on")),
					local(rs.getDate("supplied_on")), rs.getString("file_sha256"), rs.getString("file_name"),
					rs.getString("note")))
			.list();
	}

	void insert(Steps.ExtensionRequest x) {
		jdbc.sql("""
				insert into appraisal_extension (id, assignment_id, reason, requested_due, requested_on)
				values (?, ?, ?, ?, ?)""")
			.params(x.id(), x.assignmentId(), x.reason(), Date.valueOf(x.requestedDue()), Date.valueOf(x.requestedOn()))
			.update();
	}

	void decide(UUID extension, String decision, LocalDate newDue, String by, LocalDate on) {
		jdbc.sql("update appraisal_extension set decision = ?, new_due = ?, decided_by = ?, decided_on = ? where id = ?")
			.params(decision, date(newDue), by, Date.valueOf(on), extension)
			.update();
	}

	List<Steps.ExtensionRequest> extensions(UUID assignment) {
		return jdbc.sql("select * from appraisal_extension where assignment_id = ? order by requested_on, id")
			.param(assignment)
			.query((rs, n) -> new Steps.ExtensionRequest(rs.getObject("id", UUID.class),
					rs.getObject("assignment_id", UUID.class), rs.getString("reason"), local(rs.getDate("requested_due")),
					local(rs.getDate("requested_on")), rs.getString("decision"), local(rs.getDate("new_due")),
					rs.getString("decided_by"), local(rs.getDate("decided_on"))))
			.list();
	}

	void insert(Steps.Objection o) {
		jdbc.sql("""
				insert into appraisal_objection (id, assignment_id, username, side, text, raised_on) values (?, ?, ?, ?, ?, ?)""")
			.params(o.id(), o.assignmentId(), o.username(), o.side(), o.text(), Date.valueOf(o.raisedOn()))
			.update();
	}

	void answer(UUID objection, String answer, LocalDate on) {
		jdbc.sql("update appraisal_objection set answer = ?, answered_on = ? where id = ?")
			.params(answer, Date.valueOf(on), objection)
			.update();
	}

	List<Steps.Objection> objections(UUID assignment) {
		return jdbc.sql("select * from appraisal_objection where assignment_id = ? order by raised_on, id")
			.param(assignment)
			.query((rs, n) -> new Steps.Objection(rs.getObject("id", UUID.class), rs.getObject("assignment_id", UUID.class),
					rs.getString("username"), rs.getString("side"), rs.getString("text"), local(rs.getDate("raised_on")),
					rs.getString("answer"), local(rs.getDate("answered_on"))))
			.list();
	}

	private Entrustment mapEntrustment(ResultSet rs, int n) throws SQLException {
		return new Entrustment(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				new CourtId(rs.getString("court_id")), rs.getString("case_number"), rs.getString("matter"),
				rs.getString("scope"), rs.getString("purpose"), rs.getString("field_code"), rs.getBoolean("complex"),
				rs.getString("materials"), local(rs.getDate("materials_examined_on")), rs.getString("requested_by"),
				instant(rs.getTimestamp("requested_at")), EntrustmentStatus.valueOf(rs.getString("status")),
				instant(rs.getTimestamp("draw_at")), rs.getObject("current_assignment_id", UUID.class),
				rs.getObject("clock_exclusion_id", UUID.class), local(rs.getDate("objection_until")),
				rs.getString("reselection_requested_by"), rs.getString("terminated_reason"), rs.getInt("version"));
	}

	private Assignment mapAssignment(ResultSet rs, int n) throws SQLException {
		return new Assignment(rs.getObject("id", UUID.class), rs.getObject("entrustment_id", UUID.class),
				rs.getInt("round"), rs.getObject("institution_id", UUID.class), rs.getString("via"),
				rs.getObject("draw_id", UUID.class), instant(rs.getTimestamp("assigned_at")),
				rs.getString("letter_sha256"), local(rs.getDate("accepted_on")), instant(rs.getTimestamp("undertaking_at")),
				local(rs.getDate("due_on")), rs.getString("declined_reason"), rs.getString("report_sha256"),
				rs.getString("report_name"), local(rs.getDate("report_on")), rs.getString("outcome"),
				instant(rs.getTimestamp("late_flagged_at")), instant(rs.getTimestamp("warned_at")),
				rs.getObject("fee_quoted", BigDecimal.class), rs.getObject("fee_paid", BigDecimal.class),
				rs.getString("fee_paid_by"), rs.getString("refund"), rs.getString("attendance"));
	}

	private static LocalDate local(Date d) {
		return d == null ? null : d.toLocalDate();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private static Date date(LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	private static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}
}
