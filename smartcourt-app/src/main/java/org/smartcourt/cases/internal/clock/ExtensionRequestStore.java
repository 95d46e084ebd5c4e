package org.smartcourt.cases.internal.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.cases.CaseId;
import org.smartcourt.deadlines.PeriodUnit;
import org.smartcourt.shared.CourtId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code extension_request} table. */
@Repository
class ExtensionRequestStore {

	private static final String COLUMNS = """
			select id, case_id, nth, requested_length, requested_unit, reason, requested_by, requested_at,
			       due_when_requested, approver_level, approver_court, approver, citation, status, approved_length,
			       decided_by, decided_at, decided_late, decision_note
			  from extension_request""";

	private final JdbcClient jdbc;

	ExtensionRequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ExtensionRequest r) {
		jdbc.sql("""
				insert into extension_request (id, case_id, nth, requested_length, requested_unit, reason,
				       requested_by, requested_at, due_when_requested, approver_level, approver_court, approver,
				       citation, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
			.params(r.id(), r.caseId().value(), r.nth(), r.requestedLength(), r.requestedUnit().name(), r.reason(),
					r.requestedBy(), Timestamp.from(r.requestedAt()), r.dueWhenRequested(), r.approverLevel(),
					r.approverCourt().value(), r.approver(), r.citation())
			.update();
	}

	void decide(UUID id, ExtensionRequest.Status status, Integer approvedLength, String decidedBy, Instant at,
			boolean late, String note) {
		jdbc.sql("""
				update extension_request set status = ?, approved_length = ?, decided_by = ?, decided_at = ?,
				       decided_late = ?, decision_note = ?
				 where id = ? and status = 'PENDING'""")
			.params(status.name(), approvedLength, decidedBy, Timestamp.from(at), late, note, id)
			.update();
	}

	/** The request, with its row locked for the rest of the transaction. */
	Optional<ExtensionRequest> lock(CaseId caseId, UUID id) {
		return jdbc.sql(COLUMNS + " where id = ? and case_id = ? for update")
			.params(id, caseId.value())
			.query(this::map)
			.optional();
	}

	List<ExtensionRequest> of(CaseId caseId) {
		return jdbc.sql(COLUMNS + " where case_id = ? order by requested_at").param(caseId.value()).query(this::map).list();
	}

	List<ExtensionRequest> pendingFor(CourtId approverCourt) {
		return jdbc.sql(COLUMNS + " where approver_court = ? and status = 'PENDING' order by due_when_requested")
			.param(approverCourt.value())
			.query(this::map)
			.list();
	}

	private ExtensionRequest map(ResultSet rs, int row) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new ExtensionRequest(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getInt("nth"), rs.getInt("requested_length"), PeriodUnit.valueOf(rs.getString("requested_unit")),
				rs.getString("reason"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				rs.getDate("due_when_requested").toLocalDate(), rs.getString("approver_level"),
				new CourtId(rs.getString("approver_court")), rs.getString("approver"), rs.getString("citation"),
				ExtensionRequest.Status.valueOf(rs.getString("status")), (Integer) rs.getObject("approved_length"),
				rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getBoolean("decided_late"),
				rs.getString("decision_note"));
	}
}
