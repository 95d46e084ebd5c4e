package org.smartcourt.fees.internal;

import java.util.Map;

/** The payer's side of the development payment gateway, for the fees web adapter only. */
public interface LocalPayments {

	/**
	 * Pays an open order.
	 *
	 * @return the gateway's signed notice, to hand to {@link org.smartcourt.fees.FeePayments#acceptNotice}.
	 * @throws org.smartcourt.shared.DomainException (rule violation) when the order does not exist or was paid.
	 */
	Map<String, String> confirm(String orderId);
}
