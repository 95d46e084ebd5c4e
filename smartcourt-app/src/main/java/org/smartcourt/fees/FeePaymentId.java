package org.smartcourt.fees;

import java.util.UUID;

/** Identifier of a {@link FeePayment}. */
public record FeePaymentId(UUID value) {

	public FeePaymentId {
		if (value == null) {
			throw new IllegalArgumentException("fee payment id must not be null");
		}
	}

	public static FeePaymentId random() {
		return new FeePaymentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
