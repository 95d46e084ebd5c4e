/**
 * 见证节点 (transparency-log witness): a C2SP tlog-witness (c2sp.org/tlog-witness) that another court or a 公证处
 * (notary office) runs to cosign the checkpoints of the evidence ledger. It keeps, per log, only the size and root of
 * the latest checkpoint it cosigned, never entries: a witness learns nothing about the cases in the log.
 *
 * <p>{@link org.smartcourt.ledger.witness.Witness} is the protocol, {@link org.smartcourt.ledger.witness.JdbcWitnessState}
 * its PostgreSQL store, {@link org.smartcourt.ledger.witness.WitnessHttpHandler} the routes without a server, and
 * {@link org.smartcourt.ledger.witness.WitnessServer} the standalone program. No Spring.
 */
package org.smartcourt.ledger.witness;
