package org.smartcourt.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Digests of audit records, so that the evidence ledger can anchor them (架构: audit records are anchored in the
 * ledger). A digest covers the record's canonical form: UTF-8 lines {@code smartcourt-audit/v1}, then
 * {@code <field> <value>} for id, occurred_at (ISO-8601 UTC, microseconds as stored), user_id, username, role,
 * court_id, action, target_type, target_id, outcome, detail, source_ip and request_id in that order, each line ending
 * with {@code \n}; a missing value is the bare field name; in values {@code \} is written {@code \\}, a line feed
 * {@code \n} and a carriage return {@code \r}. Anyone holding the record can recompute it.
 */
public interface AuditDigests {

	/**
	 * Up to {@code limit} records with an id above {@code afterId}, by id, stopping before the first record that
	 * occurred at or after {@code occurredBefore} (whose transaction may still be open, with records of lower ids).
	 */
	List<AuditDigest> after(long afterId, Instant occurredBefore, int limit);

	/** The digest of one record, if it exists. */
	Optional<AuditDigest> of(long id);
}
