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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code case_assignment} and {@code assignment_pending} rows. */
@Repository
class AssignmentRepository {

	private static final TypeReference<List<Candidate>> CANDIDATES = new TypeReference<>() {
	};
	private static final TypeReference<List<Exclusion>> EXCLUSIONS = new TypeReference<>() {
	};
	private static final TypeReference<List<AssignmentRecord.Chosen>> CHOSEN = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AssignmentRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(AssignmentRecord r) {
		AssignmentRecord.Chosen first = r.chosen().isEmpty() ? null : r.chosen().get(0);
		jdbc.sql("""
				insert into case_assignment (id, case_id, purpose, kind, department_id, seed, algorithm_version,
				       candidates, exclusions, chosen, chosen_staff_id, chosen_name, reason, requested_by, approved_by,
				       supervision_flag, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.caseId().value(), r.purpose(), r.kind().name(), r.departmentId(), r.seed(),
					r.algorithmVersion(), json.writeValueAsString(r.candidates()),
					json.writeValueAsString(r.exclusions()), json.writeValueAsString(r.chosen()),
					first == null ? null : first.staffId(), first == null ? null : first.name(), r.reason(),
					r.requestedBy(), r.approvedBy(), r.supervisionFlag(), r.recordedBy(),
					Timestamp.from(r.recordedAt()))
			.update();
	}

	List<AssignmentRecord> ofCase(CaseId caseId) {
		return jdbc.sql("select * from case_assignment where case_id = ? order by recorded_at, id")
			.param(caseId.value())
			.query(this::map)
			.list();
	}

	Optional<AssignmentRecord> find(CaseId caseId, UUID id) {
		return jdbc.sql("select * from case_assignment where case_id = ? and id = ?")
			.params(caseId.value(), id)
			.query(this::map)
			.optional();
	}

	void markPending(CaseId caseId, String reason, Instant at) {
		jdbc.sql("""
				insert into assignment_pending (case_id, reason, attempted_at) values (?, ?, ?)
				on conflict (case_id) do update set reason = excluded.reason, attempted_at = excluded.attempted_at""")
			.params(caseId.value(), reason.length() > 1000 ? reason.substring(0, 1000) : reason, Timestamp.from(at))
			.update();
	}

	void clearPending(CaseId caseId) {
		jdbc.sql("delete from assignment_pending where case_id = ?").param(caseId.value()).update();
	}

	Optional<String> pendingReason(CaseId caseId) {
		return jdbc.sql("select reason from assignment_pending where case_id = ?")
			.param(caseId.value())
			.query(String.class)
			.optional();
	}

	private AssignmentRecord map(ResultSet rs, int row) throws SQLException {
		Long seed = rs.getObject("seed", Long.class);
		return new AssignmentRecord(rs.getObject("id", UUID.class), new CaseId(rs.getObject("case_id", UUID.class)),
				rs.getString("purpose"), AssignmentKind.valueOf(rs.getString("kind")),
				rs.getObject("department_id", UUID.class), seed,
				rs.getString("algorithm_version"), json.readValue(rs.getString("candidates"), CANDIDATES),
				json.readValue(rs.getString("exclusions"), EXCLUSIONS), json.readValue(rs.getString("chosen"), CHOSEN),
				rs.getString("reason"), rs.getString("requested_by"), rs.getString("approved_by"),
				rs.getBoolean("supervision_flag"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}
}
