package org.smartcourt.audit.internal;

import java.util.Arrays;
import java.util.List;

import org.smartcourt.audit.AccessHistory;
import org.smartcourt.audit.StaffAccess;
import org.smartcourt.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link AccessHistory} on {@code audit_record}, through its (target_type, target_id) index. */
@Service
class JdbcAccessHistory implements AccessHistory {

	private static final String[] STAFF = Arrays.stream(Role.values()).filter(Role::isStaff).map(Role::name)
		.toArray(String[]::new);

	private final JdbcClient jdbc;

	JdbcAccessHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<StaffAccess> staffAccessesTo(String targetType, String targetId, int limit) {
		return jdbc.sql("select occurred_at, username, role, action, detail from audit_record "
				+ "where target_type = ? and target_id = ? and outcome = 'SUCCESS' and role = any(?) "
				+ "and action ~ '[.](read|download|view)$' "
				+ "order by occurred_at desc, id desc limit ?")
			.params(targetType, targetId, STAFF, limit)
			.query((rs, row) -> new StaffAccess(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
					rs.getString("role"), rs.getString("action"), rs.getString("detail")))
			.list();
	}
}
