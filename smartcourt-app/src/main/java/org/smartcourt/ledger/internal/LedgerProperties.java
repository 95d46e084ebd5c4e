package org.smartcourt.ledger.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ledger log ({@code smartcourt.ledger.*}). Batching defaults are Tessera's (ledger-reference §3.2):
 * a batch is flushed at 256 entries or 250 ms, and at most 4096 appends may be outstanding before appends are refused.
 *
 * @param hash the log's hash algorithm, {@code SHA-256} or {@code SM3}; fixed once the log has entries.
 * @param batchSize entries per batch transaction at most.
 * @param batchMaxAge how long the first queued entry waits for more before its batch is flushed.
 * @param maxOutstanding appends queued or in flight before {@code append} fails fast ({@code ledger-busy}).
 * @param anchorInterval how often audit records are swept into the ledger.
 * @param anchorSettle how old an audit record must be before it is swept, so that a record whose transaction is
 *        still open when a newer one is swept is not skipped.
 */
@ConfigurationProperties("smartcourt.ledger")
public record LedgerProperties(@DefaultValue("SHA-256") String hash, @DefaultValue("256") int batchSize,
		@DefaultValue("250ms") Duration batchMaxAge, @DefaultValue("4096") int maxOutstanding,
		@DefaultValue("1s") Duration anchorInterval, @DefaultValue("5s") Duration anchorSettle) {

	public LedgerProperties {
		if (batchSize < 1 || batchSize > 65_536 || maxOutstanding < batchSize) {
			throw new IllegalArgumentException("need 1 <= batch-size <= max-outstanding");
		}
	}
}
