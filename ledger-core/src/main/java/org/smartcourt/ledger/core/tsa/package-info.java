/**
 * RFC 3161 trusted time-stamps (可信时间戳) for published checkpoints, on BouncyCastle's {@code org.bouncycastle.tsp}.
 *
 * <p>A checkpoint publisher asks a {@link org.smartcourt.ledger.core.tsa.TimestampClient} to stamp the checkpoint's
 * note text; the token's genTime then bounds the time of every entry the checkpoint covers ("recorded no later than
 * T"). {@link org.smartcourt.ledger.core.tsa.TimestampTokenVerifier} checks such a token offline against a trusted
 * TSA root certificate; {@link org.smartcourt.ledger.core.tsa.LocalTimestampAuthority} is a working in-memory TSA for
 * development and tests. Imprints are SHA-256 or SM3 (GM/T 0033 TSAs use SM3).
 */
package org.smartcourt.ledger.core.tsa;
