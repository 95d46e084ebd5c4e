package org.smartcourt.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.supervision.ActKind;
import org.smartcourt.supervision.FlagKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code supervision_flag} and {@code supervision_act}. */
@Repository
class SupervisionRecords {

	private static final String FLAG = "select id, case_id, court_id, kind, automatic, reason, raised_by, raised_at, "
			+ "cleared_by, cleared_at, clear_reason from supervision_flag";
	private static final String ACT = "select id, case_id, court_id, kind, note, requested_by, requester_name, "
			+ "requested_at, answer_due_on, answered_by, answerer_name, answer, answered_at from supervision_act";

	private final JdbcClient jdbc;

	SupervisionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the flag unless one of its kind is open on the case; returns whether it was inserted. */
	boolean insert(SupervisionFlag f) {
		return jdbc.sql("""
				insert into supervision_flag (id, case_id, court_id, kind, automatic, reason, raised_by, raised_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (case_id, kind) where cleared_at is null do nothing""")
			.params(f.id(), f.caseId(), f.courtId(), f.kind().name(), f.automatic(), f.reason(), f.raisedBy(),
					Timestamp.from(f.raisedAt()))
			.update() == 1;
	}

	/** Whether the case has ever had a flag of this kind (a rule raises a kind once). */
	boolean everFlagged(UUID caseId, FlagKind kind) {
		return jdbc.sql("select exists (select 1 from supervision_flag where case_id = ? and kind = ?)")
			.params(caseId, kind.name())
			.query(Boolean.class)
			.single();
	}

	boolean clear(UUID flagId, String by, Instant at, String reason) {
		return jdbc.sql("update supervision_flag set cleared_by = ?, cleared_at = ?, clear_reason = ? "
				+ "where id = ? and cleared_at is null")
			.params(by, Timestamp.from(at), reason, flagId)
			.update() == 1;
	}

	Optional<SupervisionFlag> flag(UUID id) {
		return jdbc.sql(FLAG + " where id = ?").param(id).query(SupervisionRecords::flag).optional();
	}

	List<SupervisionFlag> flagsOf(UUID caseId) {
		return jdbc.sql(FLAG + " where case_id = ? order by raised_at").param(caseId).query(SupervisionRecords::flag).list();
	}

	void insert(SupervisionAct a) {
		jdbc.sql("""
				insert into supervision_act (id, case_id, court_id, kind, note, requested_by, requester_name,
				  requested_at, answer_due_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.caseId(), a.courtId(), a.kind().name(), a.note(), a.requestedBy(), a.requesterName(),
					Timestamp.from(a.requestedAt()), a.answerDueOn())
			.update();
	}

	boolean answer(UUID actId, String by, String byName, String answer, Instant at) {
		return jdbc.sql("update supervision_act set answered_by = ?, answerer_name = ?, answer = ?, answered_at = ? "
				+ "where id = ? and answered_at is null")
			.params(by, byName, answer, Timestamp.from(at), actId)
			.update() == 1;
	}

	Optional<SupervisionAct> act(UUID id) {
		return jdbc.sql(ACT + " where id = ?").param(id).query(SupervisionRecords::act).optional();
	}

	List<SupervisionAct> actsOf(UUID caseId) {
		return jdbc.sql(ACT + " where case_id = ? order by requested_at").param(caseId).query(SupervisionRecords::act).list();
	}

	/** Open flags of some courts, newest first. */
	List<SupervisionFlag> openFlags(List<String> courts, int limit) {
		return jdbc.sql(FLAG + " where cleared_at is null and court_id = any(?) order by raised_at desc limit ?")
			.params(courts.toArray(String[]::new), limit)
			.query(SupervisionRecords::flag)
			.list();
	}

	/** Unanswered acts of some courts, oldest first. */
	List<SupervisionAct> openActs(List<String> courts, int limit) {
		return jdbc.sql(ACT + " where answered_at is null and court_id = any(?) order by requested_at limit ?")
			.params(courts.toArray(String[]::new), limit)
			.query(SupervisionRecords::act)
			.list();
	}

	private static SupervisionFlag flag(ResultSet rs, int n) throws SQLException {
		Timestamp cleared = rs.getTimestamp("cleared_at");
		return new SupervisionFlag(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("court_id"), FlagKind.valueOf(rs.getString("kind")), rs.getBoolean("automatic"),
				rs.getString("reason"), rs.getString("raised_by"), rs.getTimestamp("raised_at").toInstant(),
				rs.getString("cleared_by"), cleared == null ? null : cleared.toInstant(), rs.getString("clear_reason"));
	}

	private static SupervisionAct act(ResultSet rs, int n) throws SQLException {
		Timestamp answered = rs.getTimestamp("answered_at");
		return new SupervisionAct(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
				rs.getString("court_id"), ActKind.valueOf(rs.getString("kind")), rs.getString("note"),
				rs.getString("requested_by"), rs.getString("requester_name"),
				rs.getTimestamp("requested_at").toInstant(), rs.getObject("answer_due_on", LocalDate.class),
				rs.getString("answered_by"), rs.getString("answerer_name"), rs.getString("answer"),
				answered == null ? null : answered.toInstant());
	}
}
