package org.smartcourt.fees.web;

/** Request bodies of the payment API. */
final class FeePaymentRequests {

	private FeePaymentRequests() {
	}

	/**
	 * Open a payment for the fee the quote assesses.
	 *
	 * @param reference the case number or filing id.
	 * @param payer the username of the party to pay, optional.
	 */
	record Open(String reference, String payer, FeeQuoteRequest quote) {
	}

	/**
	 * A decision on the payment.
	 *
	 * @param decision {@code waive} (免交), {@code reduce} (减交), {@code defer} (缓交) or {@code refund} (退费).
	 * @param reducedAmount for {@code reduce}: what is still due, in 元.
	 */
	record Decision(String decision, String reducedAmount, String reason) {
	}
}
