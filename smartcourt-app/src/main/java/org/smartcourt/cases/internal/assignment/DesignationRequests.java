package org.smartcourt.cases.internal.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code designation_request} rows. */
@Repository
class DesignationRequests {

	private final JdbcClient jdbc;

	DesignationRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DesignationRequest r) {
		jdbc.sql("""
				insert into designation_request (id, case_id, kind, judge_staff_id, judge_name, reason, requested_by,
				       requested_at, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
			.params(r.id(), r.caseId().value(), r.kind(), r.judgeStaffId(), r.judgeName(), r.reason(),
					r.requestedBy(), Timestamp.from(r.requestedAt()))
			.update();
	}

	/** The request, locked for the deciding transaction. */
	Optional<DesignationRequest> lock(CaseId caseId, UUID id) {
		return jdbc.sql("select * from designation_request where case_id = ? and id = ? for update")
			.params(caseId.value(), id)
			.query(DesignationRequests::map)
			.optional();
	}

	void decide(UUID id, String status, String by, Instant at, String note, UUID assignmentId) {
		jdbc.sql("""
				update designation_request set status = ?, decided_by = ?, decided_at = ?, decision_note = ?,
				       assignment_id = ? where id = ?""")
			.params(status, by, Timestamp.from(at), note, assignmentId, id)
			.update();
	}

	List<DesignationRequest> ofCase(CaseId caseId) {
		return jdbc.sql("select * from designation_request where case_id = ? order by requested_at")
			.param(caseId.value())
			.query(DesignationRequests::map)
			.list();
	}

	List<DesignationRequest> pendingAt(String court) {
		return jdbc.sql("""
				select r.* from designation_request r join court_case c on c.id = r.case_id
				 where r.status = 'PENDING' and c.court_id = ? order by r.requested_at""")
			.param(court)
			.query(DesignationRequests::map)
			.list();
	}

	private static DesignationRequest map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new DesignationRequest(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getString("kind"), rs.getObject("judge_staff_id", UUID.class), rs.getString("judge_name"),
				rs.getString("reason"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				rs.getString("status"), rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
				rs.getString("decision_note"), rs.getObject("assignment_id", UUID.class));
	}
}
