package org.smartcourt.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.smartcourt.audit.AuditEntry;
import org.smartcourt.audit.AuditFilter;
import org.smartcourt.audit.AuditLog;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CourtHierarchy;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.smartcourt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link AuditLog} on {@code audit_record}. Only IT admins read it, and only records made at their court or a court
 * below it; records of people without a court (litigants, lawyers, failed sign-ins) are read by the IT admins of the
 * high court. Reading the log is itself audited.
 */
@Service
class JdbcAuditLog implements AuditLog {

	private final JdbcClient jdbc;
	private final CourtHierarchy courts;
	private final AuditTrail trail;

	JdbcAuditLog(JdbcClient jdbc, CourtHierarchy courts, AuditTrail trail) {
		this.jdbc = jdbc;
		this.courts = courts;
		this.trail = trail;
	}

	@Override
	@Transactional
	public Page search(Actor actor, AuditFilter filter) {
		if (!actor.is(Role.IT_ADMIN)) {
			trail.record(actor, "audit.search", "audit_record", null, AuditOutcome.DENIED, null);
			throw DomainException.forbidden("forbidden", "problem.forbidden.detail");
		}
		String[] scope = courts.subtree(actor.court()).stream().map(CourtId::value).toArray(String[]::new);
		boolean highCourt = courts.isTop(actor.court());

		StringBuilder sql = new StringBuilder("select * from audit_record where (court_id = any(?)");
		List<Object> params = new ArrayList<>();
		params.add(scope);
		sql.append(highCourt ? " or court_id is null)" : ")");
		if (filter.from() != null) {
			sql.append(" and occurred_at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		like(sql, params, "username", filter.username());
		like(sql, params, "action", filter.action());
		equal(sql, params, "target_type", filter.targetType());
		equal(sql, params, "target_id", filter.targetId());
		if (filter.outcome() != null) {
			sql.append(" and outcome = ?");
			params.add(filter.outcome().name());
		}
		sql.append(" order by occurred_at desc, id desc limit ? offset ?");
		params.add(AuditFilter.PAGE_SIZE + 1);
		params.add(filter.page() * AuditFilter.PAGE_SIZE);

		List<AuditEntry> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(JdbcAuditLog::map).list());
		boolean hasNext = rows.size() > AuditFilter.PAGE_SIZE;
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		trail.record(actor, "audit.search", "audit_record", null, AuditOutcome.SUCCESS, null);
		return new Page(List.copyOf(rows), filter.page(), hasNext);
	}

	private static void like(StringBuilder sql, List<Object> params, String column, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(" and ").append(column).append(" like ?");
			params.add(value.trim().replace("%", "\\%").replace("_", "\\_") + "%");
		}
	}

	private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
		if (value != null && !value.isBlank()) {
			sql.append(" and ").append(column).append(" = ?");
			params.add(value.trim());
		}
	}

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		UUID user = rs.getObject("user_id", UUID.class);
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
				user == null ? null : user.toString(), rs.getString("username"), rs.getString("role"),
				rs.getString("court_id"), rs.getString("action"), rs.getString("target_type"),
				rs.getString("target_id"), AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
				rs.getString("source_ip"), rs.getString("request_id"));
	}
}
