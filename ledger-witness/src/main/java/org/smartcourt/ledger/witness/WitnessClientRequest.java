package org.smartcourt.ledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.smartcourt.ledger.core.note.SignedNote;

/**
 * The log side of add-checkpoint (c2sp.org/tlog-witness): encodes the request body a log posts to
 * {@code <witness submission prefix>/add-checkpoint}.
 */
public final class WitnessClientRequest {

	private WitnessClientRequest() {
	}

	/**
	 * {@code old <oldSize>\n}, one base64 line per proof hash, an empty line, then the signed checkpoint.
	 *
	 * @param oldSize the size the witness last cosigned, as far as the log knows (0 the first time, or to learn it)
	 * @param consistencyProof the RFC 6962 consistency proof from {@code oldSize} to the checkpoint's size; empty when
	 *        {@code oldSize} is 0 or equals that size
	 * @param checkpoint the checkpoint signed by the log
	 */
	public static byte[] addCheckpointBody(long oldSize, List<byte[]> consistencyProof, SignedNote checkpoint) {
		if (oldSize < 0) {
			throw new IllegalArgumentException("a tree size is not negative: " + oldSize);
		}
		if (consistencyProof.size() > AddCheckpointRequest.MAX_PROOF_LINES) {
			throw new IllegalArgumentException("a witness takes at most 63 consistency proof lines");
		}
		StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
		consistencyProof.forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
		return body.append('\n').append(checkpoint).toString().getBytes(StandardCharsets.UTF_8);
	}
}
