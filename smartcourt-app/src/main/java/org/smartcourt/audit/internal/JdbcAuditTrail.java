package org.smartcourt.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.smartcourt.audit.AuditOutcome;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.shared.Actor;
import org.smartcourt.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * {@link AuditTrail} on the append-only {@code audit_record} table. A successful command's record joins the
 * command's transaction (both commit or neither); a refusal or failure, and anything audited from a read-only
 * transaction, is written in a transaction of its own, so it survives the rollback of what it reports, on
 * {@link AuditConnections} so that the request never holds two connections of the application's pool.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final TransactionTemplate joining;
	private final TransactionTemplate separate;
	private final AuditConnections own;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions, AuditConnections own) {
		this.own = own;
		this.jdbc = jdbc;
		this.clock = clock;
		this.joining = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void record(String action, String targetType, String targetId, AuditOutcome outcome, String detail) {
		record(CurrentActor.get().orElse(null), action, targetType, targetId, outcome, detail);
	}

	@Override
	public void record(Actor actor, String action, String targetType, String targetId, AuditOutcome outcome,
			String detail) {
		boolean ownTransaction = outcome != AuditOutcome.SUCCESS
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		if (ownTransaction && own.available()) {
			insert(own.jdbc(), actor, action, targetType, targetId, outcome, detail);
			return;
		}
		(ownTransaction ? separate : joining).executeWithoutResult(
				status -> insert(jdbc, actor, action, targetType, targetId, outcome, detail));
	}

	private void insert(JdbcClient client, Actor actor, String action, String targetType, String targetId,
			AuditOutcome outcome, String detail) {
		client.sql("""
				insert into audit_record (occurred_at, user_id, username, role, court_id, action, target_type,
				       target_id, outcome, detail, source_ip, request_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.from(clock.instant()), actor == null ? null : actor.id().value(),
					actor == null ? "anonymous" : actor.username(), actor == null ? null : actor.role().name(),
					actor == null || actor.court() == null ? null : actor.court().value(), action, targetType,
					targetId, outcome.name(), truncate(detail), clientAddress(), MDC.get("requestId"))
			.update();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String detail) {
		return detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
	}
}
