package org.smartcourt.fees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.smartcourt.fees.FeePayment;
import org.smartcourt.fees.FeePaymentId;
import org.smartcourt.fees.Money;
import org.smartcourt.fees.PaymentDecision;
import org.smartcourt.fees.PaymentStatus;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link FeePayment}s with optimistic locking on {@code version}. */
@Repository
class FeePaymentRepository {

	private static final String COLUMNS = "id, reference, court_id, payer_username, description, assessed_fen, due_fen,"
			+ " status, decided_by, decision_reason, decided_at, gateway_order_id, paid_at, created_by, created_at,"
			+ " version";

	private final JdbcClient jdbc;

	FeePaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<FeePayment> find(FeePaymentId id) {
		return jdbc.sql("select " + COLUMNS + " from fee_payment where id = ?")
			.param(id.value())
			.query(FeePaymentRepository::map)
			.optional();
	}

	Optional<FeePayment> findByOrder(String orderId) {
		return jdbc.sql("select " + COLUMNS + " from fee_payment where gateway_order_id = ?")
			.param(orderId)
			.query(FeePaymentRepository::map)
			.optional();
	}

	void insert(FeePayment p) {
		jdbc.sql("insert into fee_payment (" + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
			.params(p.id().value(), p.reference(), p.court().value(), p.payer(), p.description(), p.assessed().fen(),
					p.due().fen(), p.status().name(), decidedBy(p), reason(p), decidedAt(p), p.orderId(),
					ts(p.paidAt()), p.createdBy(), ts(p.createdAt()))
			.update();
	}

	/** @throws DomainException (conflict) when someone else changed it since it was loaded. */
	void update(FeePayment p) {
		int rows = jdbc.sql("""
				update fee_payment set due_fen = ?, status = ?, decided_by = ?, decision_reason = ?, decided_at = ?,
				       gateway_order_id = ?, paid_at = ?, version = version + 1
				 where id = ? and version = ?""")
			.params(p.due().fen(), p.status().name(), decidedBy(p), reason(p), decidedAt(p), p.orderId(),
					ts(p.paidAt()), p.id().value(), p.version())
			.update();
		if (rows != 1) {
			throw DomainException.conflict("fee-payment-state", "problem.fee-payment-state.detail");
		}
	}

	private static String decidedBy(FeePayment p) {
		return p.decision() == null ? null : p.decision().decidedBy();
	}

	private static String reason(FeePayment p) {
		return p.decision() == null ? null : p.decision().reason();
	}

	private static Timestamp decidedAt(FeePayment p) {
		return p.decision() == null ? null : ts(p.decision().decidedAt());
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static FeePayment map(ResultSet rs, int row) throws SQLException {
		String decidedBy = rs.getString("decided_by");
		PaymentDecision decision = decidedBy == null ? null
				: new PaymentDecision(decidedBy, rs.getString("decision_reason"), instant(rs, "decided_at"));
		return new FeePayment(new FeePaymentId(rs.getObject("id", java.util.UUID.class)), rs.getString("reference"),
				new CourtId(rs.getString("court_id")), rs.getString("payer_username"), rs.getString("description"),
				Money.ofFen(rs.getLong("assessed_fen")), Money.ofFen(rs.getLong("due_fen")),
				PaymentStatus.valueOf(rs.getString("status")), decision, rs.getString("gateway_order_id"),
				instant(rs, "paid_at"), rs.getString("created_by"), instant(rs, "created_at"), rs.getLong("version"));
	}
}
