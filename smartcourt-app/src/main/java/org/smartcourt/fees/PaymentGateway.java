package org.smartcourt.fees;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A payment service (the court's 代理银行 or an online payment platform, 《诉讼费用交纳办法》第五十二条): it opens an
 * order for an amount, answers its status, and signs the notice it sends when the order is paid. The development
 * implementation pays orders when the payer confirms locally; no network is involved.
 */
public interface PaymentGateway {

	/**
	 * An order the payer can pay.
	 *
	 * @param payUrl where the payer goes (or the client posts) to pay.
	 */
	record PaymentOrder(String orderId, Money amount, String payUrl) {
	}

	/** A verified notice that an order was paid. */
	record PaymentNotice(String orderId, Money amount, Instant paidAt) {
	}

	/** The gateway's view of an order. */
	enum OrderStatus {
		OPEN, PAID, UNKNOWN
	}

	PaymentOrder createOrder(FeePaymentId payment, Money amount, String description);

	OrderStatus queryStatus(String orderId);

	/**
	 * Checks the signature of a notice the gateway sent (its callback parameters).
	 *
	 * @return the notice, or empty when the signature or the content is not valid.
	 */
	Optional<PaymentNotice> verifyCallback(Map<String, String> parameters);
}
