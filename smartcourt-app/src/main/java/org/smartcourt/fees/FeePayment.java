package org.smartcourt.fees;

import java.time.Instant;

import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.DomainException;

/**
 * The payment of one assessed fee of one case or filing (缴费记录). Immutable: each transition returns the changed
 * payment and refuses what the current status does not allow.
 *
 * @param reference the case number or filing id the fee belongs to.
 * @param court the court that assessed the fee.
 * @param payer the username of the party who is to pay, or {@literal null} when not yet known.
 * @param assessed the fee as assessed.
 * @param due what is still to pay (less than {@code assessed} after 减交, zero after 免交).
 * @param decision the latest decision on 免交、减交、缓交 or refund, or {@literal null}.
 * @param orderId the payment gateway's order, or {@literal null} before one was created.
 * @param version for optimistic locking.
 */
public record FeePayment(FeePaymentId id, String reference, CourtId court, String payer, String description,
		Money assessed, Money due, PaymentStatus status, PaymentDecision decision, String orderId, Instant paidAt,
		String createdBy, Instant createdAt, long version) {

	/** A new 待缴 payment of the whole assessed fee. */
	public static FeePayment open(String reference, CourtId court, String payer, String description, Money assessed,
			String createdBy, Instant now) {
		return new FeePayment(FeePaymentId.random(), reference, court, payer, description, assessed, assessed,
				PaymentStatus.DUE, null, null, null, createdBy, now, 0);
	}

	/** The gateway opened an order for what is due. */
	public FeePayment ordered(String gatewayOrderId) {
		requirePayable();
		return with(status, due, decision, gatewayOrderId, paidAt);
	}

	/** The gateway confirmed the payment of {@code amount}. */
	public FeePayment paid(Money amount, Instant at) {
		requirePayable();
		if (!amount.equals(due)) {
			throw DomainException.conflict("fee-payment-state", "problem.fee-payment-state.detail");
		}
		return with(PaymentStatus.PAID, due, decision, orderId, at);
	}

	/** 免交 (第四十五条). */
	public FeePayment waived(PaymentDecision by) {
		requireUnpaid();
		return with(PaymentStatus.WAIVED, Money.ZERO, by, orderId, paidAt);
	}

	/**
	 * 减交 to {@code newDue}.
	 *
	 * @throws DomainException (invalid input) when the reduction is under 30% (第四十六条第二款) or nothing is left to
	 * pay (that is 免交).
	 */
	public FeePayment reduced(Money newDue, PaymentDecision by) {
		requireUnpaid();
		if (newDue.isZero() || newDue.fen() * 10 > assessed.fen() * 7) {
			throw DomainException.invalid("fee-request-invalid", "problem.fee-request-invalid.detail",
					java.util.List.of(new DomainException.FieldProblem("reducedAmount", "too-high",
							"validation.fees.reduced-amount.too-high")));
		}
		return with(PaymentStatus.REDUCED, newDue, by, orderId, paidAt);
	}

	/** 缓交 (第四十七条). */
	public FeePayment deferred(PaymentDecision by) {
		if (status != PaymentStatus.DUE) {
			throw DomainException.conflict("fee-payment-state", "problem.fee-payment-state.detail");
		}
		return with(PaymentStatus.DEFERRED, due, by, orderId, paidAt);
	}

	/** 退费 of a paid fee. */
	public FeePayment refunded(PaymentDecision by) {
		if (status != PaymentStatus.PAID) {
			throw DomainException.conflict("fee-payment-state", "problem.fee-payment-state.detail");
		}
		return with(PaymentStatus.REFUNDED, due, by, orderId, paidAt);
	}

	/** Whether something is still to pay: 待缴、减交 or 缓交, and more than nothing. */
	public boolean payable() {
		return status.payable() && !due.isZero();
	}

	private void requirePayable() {
		if (!payable()) {
			throw DomainException.conflict("fee-payment-state", "problem.fee-payment-state.detail");
		}
	}

	private void requireUnpaid() {
		if (status != PaymentStatus.DUE && status != PaymentStatus.DEFERRED) {
			throw DomainException.conflict("fee-payment-state", "problem.fee-payment-state.detail");
		}
	}

	private FeePayment with(PaymentStatus s, Money d, PaymentDecision dec, String order, Instant paid) {
		return new FeePayment(id, reference, court, payer, description, assessed, d, s, dec, order, paid, createdBy,
				createdAt, version);
	}
}
