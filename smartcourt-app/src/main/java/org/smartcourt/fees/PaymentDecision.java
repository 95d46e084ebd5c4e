package org.smartcourt.fees;

import java.time.Instant;

/**
 * Who decided a 免交、减交、缓交 or refund, why and when.
 *
 * @param decidedBy the username of the staff member who decided.
 */
public record PaymentDecision(String decidedBy, String reason, Instant decidedAt) {
}
