/**
 * Ledger: the evidence ledger's log (区块链存证). An append-only, verifiable Merkle log (RFC 9162 §2.1) of digests of
 * evidence files, stored files, filings, docket entries, audit records, service receipts and documents, stored as
 * C2SP tlog-tiles tiles and entry bundles in PostgreSQL and served under {@code /ledger/} so that anyone can prove a
 * record was not changed. Leaves carry digests and opaque references only, never personal data.
 */
@org.springframework.modulith.ApplicationModule
package org.smartcourt.ledger;
