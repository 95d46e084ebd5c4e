package org.smartcourt.hotline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every identity check in its own transaction, so that a failed check stays recorded even when the command
 * that asked for it is refused and rolls back.
 */
@Component
class IdentityCheckLog {

	private final JdbcClient jdbc;
	private final AuditTrail audit;

	IdentityCheckLog(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(Actor actor, UUID caseId, String caseNumber, String method, boolean passed, String callerName,
			Instant at) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into hotline_identity_check (id, case_id, case_number, method, passed, caller_name, checked_by,
				       checked_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, passed ? caseId : null, caseNumber, method, passed, callerName, actor.username(),
					Timestamp.from(at))
			.update();
		audit.record(actor, "hotline.identity.check", "hotline-identity-check", id.toString(),
				passed ? AuditOutcome.SUCCESS : AuditOutcome.DENIED, method);
	}
}
