/**
 * C2SP signed notes and the formats built on them: checkpoints (c2sp.org/tlog-checkpoint), witness cosignatures
 * (c2sp.org/tlog-cosignature), witness policies (c2sp.org/tlog-policy) and offline proofs (c2sp.org/tlog-proof).
 *
 * <p>Everything here follows the specifications' text byte for byte, so that other tools can read what SmartCourt
 * signs and SmartCourt can read what they sign. The SM2 signature type is our own extension under the signed-note
 * escape byte {@code 0xff} ({@link org.smartcourt.ledger.core.note.Sm2Keys}).
 */
package org.smartcourt.ledger.core.note;
