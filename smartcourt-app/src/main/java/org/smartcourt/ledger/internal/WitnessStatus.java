package org.smartcourt.ledger.internal;

import java.time.Instant;

/**
 * What a witness last did for this log: the size it last cosigned ({@literal null} when never), and the last error
 * ({@literal null} after a success).
 */
public record WitnessStatus(String witness, Long lastSize, String lastError, Instant updatedAt) {
}
