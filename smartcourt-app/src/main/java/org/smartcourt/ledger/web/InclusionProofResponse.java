package org.smartcourt.ledger.web;

import java.util.List;

/**
 * An inclusion proof (RFC 9162 §2.1.3.1): the audit path of leaf {@code index} in the tree of {@code size} leaves,
 * from the leaf's sibling upwards; all hashes base64, with the hash algorithm of the log.
 */
record InclusionProofResponse(String algorithm, long index, long size, String leafHash, String root,
		List<String> hashes) {
}
