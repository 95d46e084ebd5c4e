package org.smartcourt.ledger.web;

import java.util.List;

/** A consistency proof (RFC 9162 §2.1.4.1) between the trees of {@code from} and {@code to} leaves; hashes base64. */
record ConsistencyProofResponse(String algorithm, long from, long to, String fromRoot, String toRoot,
		List<String> hashes) {
}
