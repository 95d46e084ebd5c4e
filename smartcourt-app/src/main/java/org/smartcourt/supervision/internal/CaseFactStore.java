package org.smartcourt.supervision.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code supervision_case_fact}: the statistics' copy of each case. */
@Repository
class CaseFactStore {

	static final String COLUMNS = """
			case_id, court_id, department_id, judge_id, judge_name, case_number, title, type_code, category_code,
			procedure, registered_on, parties, method_code, outcome_group, closed_on, clock_rule, due_on, extensions,
			excluded_days, earlier_case, appeal_case, appeal_registered_on, appeal_outcome, designated, adjournments""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	CaseFactStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The stored facts of these cases, locked until the transaction ends. */
	List<CaseFact> lockAll(Collection<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from supervision_case_fact where case_id = any(?) for update")
			.param(ids.toArray(UUID[]::new))
			.query(CaseFactStore::map)
			.list();
	}

	void saveAll(List<CaseFact> facts, Instant at) {
		template.batchUpdate("insert into supervision_case_fact (" + COLUMNS + ", refreshed_at) values "
				+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (case_id) do update "
				+ "set court_id = excluded.court_id, department_id = excluded.department_id, "
				+ "judge_id = excluded.judge_id, judge_name = excluded.judge_name, case_number = excluded.case_number, "
				+ "title = excluded.title, type_code = excluded.type_code, category_code = excluded.category_code, "
				+ "procedure = excluded.procedure, registered_on = excluded.registered_on, parties = excluded.parties, "
				+ "method_code = excluded.method_code, outcome_group = excluded.outcome_group, "
				+ "closed_on = excluded.closed_on, clock_rule = excluded.clock_rule, due_on = excluded.due_on, "
				+ "extensions = excluded.extensions, excluded_days = excluded.excluded_days, "
				+ "earlier_case = excluded.earlier_case, appeal_case = excluded.appeal_case, "
				+ "appeal_registered_on = excluded.appeal_registered_on, appeal_outcome = excluded.appeal_outcome, "
				+ "designated = excluded.designated, adjournments = excluded.adjournments, "
				+ "refreshed_at = excluded.refreshed_at", facts, 500, (ps, f) -> bind(ps, f, at));
	}

	private static void bind(PreparedStatement ps, CaseFact f, Instant at) throws SQLException {
		ps.setObject(1, f.caseId());
		ps.setString(2, f.courtId());
		ps.setObject(3, f.departmentId());
		ps.setObject(4, f.judgeId());
		ps.setString(5, f.judgeName());
		ps.setString(6, f.caseNumber());
		ps.setString(7, f.title());
		ps.setString(8, f.typeCode());
		ps.setString(9, f.categoryCode());
		ps.setString(10, f.procedure());
		ps.setObject(11, f.registeredOn());
		ps.setInt(12, f.parties());
		ps.setString(13, f.methodCode());
		ps.setString(14, f.outcomeGroup());
		ps.setObject(15, f.closedOn(), Types.DATE);
		ps.setString(16, f.clockRule());
		ps.setObject(17, f.dueOn(), Types.DATE);
		ps.setInt(18, f.extensions());
		ps.setLong(19, f.excludedDays());
		ps.setObject(20, f.earlierCase());
		ps.setObject(21, f.appealCase());
		ps.setObject(22, f.appealRegisteredOn(), Types.DATE);
		ps.setString(23, f.appealOutcome());
		ps.setBoolean(24, f.designated());
		ps.setInt(25, f.adjournments());
		ps.setTimestamp(26, Timestamp.from(at));
	}

	static CaseFact map(ResultSet rs, int n) throws SQLException {
		return new CaseFact(rs.getObject("case_id", UUID.class), rs.getString("court_id"),
				rs.getObject("department_id", UUID.class), rs.getObject("judge_id", UUID.class),
				rs.getString("judge_name"), rs.getString("case_number"), rs.getString("title"),
				rs.getString("type_code"), rs.getString("category_code"), rs.getString("procedure"),
				rs.getObject("registered_on", LocalDate.class), rs.getInt("parties"), rs.getString("method_code"),
				rs.getString("outcome_group"), rs.getObject("closed_on", LocalDate.class), rs.getString("clock_rule"),
				rs.getObject("due_on", LocalDate.class), rs.getInt("extensions"), rs.getLong("excluded_days"),
				rs.getObject("earlier_case", UUID.class), rs.getObject("appeal_case", UUID.class),
				rs.getObject("appeal_registered_on", LocalDate.class), rs.getString("appeal_outcome"),
				rs.getBoolean("designated"), rs.getInt("adjournments"));
	}

	/**
	 * A judge's cases that can count in a period from {@code from} to {@code to}: registered by its end and not
	 * closed before its start.
	 */
	List<CaseFact> ofJudge(UUID judgeId, LocalDate from, LocalDate to) {
		return jdbc.sql("select " + COLUMNS + " from supervision_case_fact where judge_id = ? and registered_on <= ? "
				+ "and (closed_on is null or closed_on >= ?)")
			.param(judgeId)
			.param(to)
			.param(from)
			.query(CaseFactStore::map)
			.list();
	}
}
