package org.smartcourt.fees.web;

import java.time.Instant;

import org.smartcourt.fees.FeePayment;

/** A payment record as JSON; amounts in 元 (two decimals) and 分. */
record FeePaymentResponse(String id, String reference, String court, String payer, String description,
		String assessed, String due, long dueFen, String status, String decidedBy, String decisionReason,
		Instant decidedAt, String orderId, Instant paidAt, long version) {

	static FeePaymentResponse of(FeePayment p) {
		return new FeePaymentResponse(p.id().toString(), p.reference(), p.court().value(), p.payer(),
				p.description(), p.assessed().toString(), p.due().toString(), p.due().fen(), p.status().name(),
				p.decision() == null ? null : p.decision().decidedBy(),
				p.decision() == null ? null : p.decision().reason(),
				p.decision() == null ? null : p.decision().decidedAt(), p.orderId(), p.paidAt(), p.version());
	}
}
