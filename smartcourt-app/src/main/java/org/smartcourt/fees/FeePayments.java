package org.smartcourt.fees;

import java.util.Map;

import org.smartcourt.shared.Actor;

/**
 * Payment status of assessed fees (缴费). Staff of the assessing court open a payment and decide 免交、减交、缓交 or
 * refunds with a reason; the payer (or staff) asks the {@link PaymentGateway} for an order; the gateway's signed
 * notice marks it paid. Every change is audited.
 */
public interface FeePayments {

	/**
	 * Opens a 待缴 payment of an assessed fee at the actor's court.
	 *
	 * @param payer the username of the party to pay, or {@literal null}.
	 * @throws org.smartcourt.shared.DomainException (forbidden) unless the actor is court staff.
	 */
	FeePayment open(Actor actor, String reference, String payer, FeeAssessment assessment);

	/** @throws org.smartcourt.shared.DomainException (not found) when it does not exist or is outside scope. */
	FeePayment get(Actor actor, FeePaymentId id);

	/**
	 * The payment a gateway order belongs to.
	 *
	 * @throws org.smartcourt.shared.DomainException (not found) when there is none or it is outside scope.
	 */
	FeePayment forOrder(Actor actor, String orderId);

	/** Opens a gateway order for what is due. */
	PaymentGateway.PaymentOrder startPayment(Actor actor, FeePaymentId id);

	/**
	 * Accepts the gateway's paid notice.
	 *
	 * @throws org.smartcourt.shared.DomainException (rule violation) when it does not verify or matches no order.
	 */
	FeePayment acceptNotice(Map<String, String> callbackParameters);

	/** 免交 (第四十五条). */
	FeePayment waive(Actor actor, FeePaymentId id, String reason);

	/** 减交 to {@code newDue}, a reduction of at least 30% (第四十六条). */
	FeePayment reduce(Actor actor, FeePaymentId id, Money newDue, String reason);

	/** 缓交 (第四十七条). */
	FeePayment defer(Actor actor, FeePaymentId id, String reason);

	/** 退费 of a paid fee. */
	FeePayment refund(Actor actor, FeePaymentId id, String reason);
}
