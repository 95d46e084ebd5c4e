package org.smartcourt.filing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.smartcourt.filing.CorrectionRequest;
import org.smartcourt.filing.Filing;
import org.smartcourt.filing.FilingContent;
import org.smartcourt.filing.FilingDecision;
import org.smartcourt.filing.FilingId;
import org.smartcourt.filing.FilingStatus;
import org.smartcourt.filing.IdentityCheck;
import org.smartcourt.shared.UserId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stores {@link Filing}s: the application as JSON, the queue and scope fields as columns, optimistic locking. */
@Repository
class FilingRepository {

	private static final String COLUMNS = """
			id, filer_id, filer_username, filer_name, status, content, submitted_at, received_on, decision_due_on,
			decision_period_citation, identity_check, correction, decision, created_at, version""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	FilingRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<Filing> find(FilingId id) {
		return jdbc.sql("select " + COLUMNS + " from filing where id = ?").param(id.value()).query(this::map).optional();
	}

	Optional<Filing> findForUpdate(FilingId id) {
		return jdbc.sql("select " + COLUMNS + " from filing where id = ? for update")
			.param(id.value())
			.query(this::map)
			.optional();
	}

	Optional<Filing> findByCreateKey(UserId filer, String key) {
		return jdbc.sql("select " + COLUMNS + " from filing where filer_id = ? and create_key = ?")
			.params(filer.value(), key)
			.query(this::map)
			.optional();
	}

	Optional<String> submitKey(FilingId id) {
		return jdbc.sql("select submit_key from filing where id = ?")
			.param(id.value())
			.query(String.class)
			.optional();
	}

	List<Filing> byFiler(UserId filer) {
		return jdbc.sql("select " + COLUMNS + " from filing where filer_id = ? order by created_at desc")
			.param(filer.value())
			.query(this::map)
			.list();
	}

	/** The registration queue of a court: submitted applications, the nearest decision deadline first. */
	List<Filing> queue(String court) {
		return jdbc.sql("select " + COLUMNS + " from filing where target_court = ? and status = 'SUBMITTED' "
				+ "order by decision_due_on, submitted_at")
			.param(court)
			.query(this::map)
			.list();
	}

	/** What a cooperating court still has to check and forward. */
	List<Filing> awaitingForward(String receivingCourt) {
		return jdbc.sql("select " + COLUMNS + " from filing where receiving_court = ? and status = 'AWAITING_FORWARD' "
				+ "order by submitted_at")
			.param(receivingCourt)
			.query(this::map)
			.list();
	}

	/** Cross-domain filings that passed through or arrived at the court, newest first. */
	List<Filing> crossDomain(String court, int limit) {
		return jdbc.sql("select " + COLUMNS + " from filing where receiving_court is not null "
				+ "and receiving_court <> target_court and (receiving_court = ? or target_court = ?) "
				+ "and status <> 'DRAFT' order by submitted_at desc limit ?")
			.params(court, court, limit)
			.query(this::map)
			.list();
	}

	void insert(Filing f, String createKey, Instant now) {
		jdbc.sql("insert into filing (id, filer_id, filer_username, filer_name, status, kind, target_court, "
				+ "receiving_court, content, create_key, created_at, updated_at, version) "
				+ "values (?,?,?,?,?,?,?,?,?::jsonb,?,?,?,0)")
			.params(f.id().value(), f.filer().value(), f.filerUsername(), f.filerName(), f.status().name(), f.content().kind().name(),
					f.content().targetCourt(), f.content().receivingCourt(), write(f.content()), createKey,
					Timestamp.from(f.createdAt()), Timestamp.from(now))
			.update();
	}

	void update(Filing f, Instant now) {
		update(f, now, null);
	}

	void update(Filing f, Instant now, String submitKey) {
		int rows = jdbc.sql("""
				update filing set status = ?, kind = ?, target_court = ?, receiving_court = ?, content = ?::jsonb,
				       submitted_at = ?, received_on = ?, decision_due_on = ?, decision_period_citation = ?,
				       identity_check = ?::jsonb, correction = ?::jsonb, decision = ?::jsonb,
				       submit_key = coalesce(?, submit_key), updated_at = ?, version = version + 1
				 where id = ? and version = ?""")
			.params(f.status().name(), f.content().kind().name(), f.content().targetCourt(),
					f.content().receivingCourt(), write(f.content()), ts(f.submittedAt().orElse(null)),
					date(f.receivedOn().orElse(null)), date(f.decisionDueOn().orElse(null)),
					f.decisionPeriodCitation().orElse(null), write(f.identityCheck().orElse(null)),
					write(f.correction().orElse(null)), write(f.decision().orElse(null)), submitKey,
					Timestamp.from(now), f.id().value(), f.version())
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("filing " + f.id() + " changed concurrently");
		}
	}

	private String write(Object value) {
		return value == null ? null : json.writeValueAsString(value);
	}

	private <T> T read(ResultSet rs, String column, Class<T> type) throws SQLException {
		String text = rs.getString(column);
		return text == null ? null : json.readValue(text, type);
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	private Filing map(ResultSet rs, int row) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		Date received = rs.getDate("received_on");
		Date due = rs.getDate("decision_due_on");
		return Filing.restore(new FilingId(rs.getObject("id", UUID.class)),
				new UserId(rs.getObject("filer_id", UUID.class)), rs.getString("filer_username"), rs.getString("filer_name"),
				FilingStatus.valueOf(rs.getString("status")), read(rs, "content", FilingContent.class),
				submitted == null ? null : submitted.toInstant(), received == null ? null : received.toLocalDate(),
				due == null ? null : due.toLocalDate(), rs.getString("decision_period_citation"),
				read(rs, "identity_check", IdentityCheck.class), read(rs, "correction", CorrectionRequest.class),
				read(rs, "decision", FilingDecision.class), rs.getTimestamp("created_at").toInstant(),
				rs.getLong("version"));
	}
}
