package org.smartcourt.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.smartcourt.audit.AuditDigest;
import org.smartcourt.audit.AuditDigests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link AuditDigests} computed from {@code audit_record} rows on demand (writing a record costs nothing extra). */
@Service
class JdbcAuditDigests implements AuditDigests {

	private static final String COLUMNS = "id, occurred_at, user_id, username, role, court_id, action, target_type, "
			+ "target_id, outcome, detail, source_ip, request_id";

	private final JdbcClient jdbc;

	JdbcAuditDigests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<AuditDigest> after(long afterId, Instant occurredBefore, int limit) {
		// stop before the first record that has not settled, so that a later sweep cannot skip it
		return jdbc.sql("select " + COLUMNS + " from audit_record where id > ? and id < coalesce((select min(id) from "
				+ "audit_record where id > ? and occurred_at >= ?), 9223372036854775807) order by id limit ?")
			.params(afterId, afterId, Timestamp.from(occurredBefore), limit)
			.query(JdbcAuditLog::map)
			.list()
			.stream()
			.map(entry -> AuditCanonicalForm.of(entry).digest(entry.id()))
			.toList();
	}

	@Override
	public Optional<AuditDigest> of(long id) {
		return jdbc.sql("select " + COLUMNS + " from audit_record where id = ?")
			.param(id)
			.query(JdbcAuditLog::map)
			.optional()
			.map(entry -> AuditCanonicalForm.of(entry).digest(entry.id()));
	}
}
