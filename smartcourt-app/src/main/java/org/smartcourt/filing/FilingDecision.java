package org.smartcourt.filing;

import java.time.Instant;

/**
 * The court's decision on a filing: accepted with a case number, or refused with reasons and the text of the ruling
 * (不予受理裁定 / 不予立案裁定) served on the filer. An accepted filing's court fee is opened for payment
 * ({@code feePaymentId}).
 */
public record FilingDecision(boolean accepted, String caseId, String caseNumber, String procedure, String reasons,
		String ruling, String decidedBy, Instant decidedAt, String feePaymentId) {
}
