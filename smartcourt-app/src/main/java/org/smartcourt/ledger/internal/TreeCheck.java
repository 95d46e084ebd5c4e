package org.smartcourt.ledger.internal;

import java.security.MessageDigest;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.ledger.core.TreeHasher;
import org.springframework.stereotype.Component;

/**
 * The start-up check of the stored tree (as Trillian cross-checks at start): the log's hash algorithm must be the
 * configured one (refuse to start otherwise: RFC 9162 §2.1 makes it a fixed parameter of a log), and the stored
 * root must equal both the root of the stored compact range and the root recomputed from the stored tiles (a few
 * point reads). If the roots differ this node refuses to append and reports health DOWN; run fsck.
 */
@Component
class TreeCheck {

	private static final Logger log = LoggerFactory.getLogger(TreeCheck.class);

	private final TreeStateRepository state;
	private final LogReader reader;
	private final TreeHasher hasher;
	private final LedgerStatus status;

	TreeCheck(TreeStateRepository state, LogReader reader, TreeHasher hasher, LedgerStatus status) {
		this.state = state;
		this.reader = reader;
		this.hasher = hasher;
		this.status = status;
	}

	/** @throws IllegalStateException if the stored log uses another hash algorithm than configured */
	void verify() {
		TreeState tree = state.read();
		if (tree.size() == 0 && !hasher.algorithm().equals(tree.algorithm())) {
			state.initialise(hasher.algorithm(), hasher.emptyRoot());
			status.consistent();
			return;
		}
		if (!hasher.algorithm().equals(tree.algorithm())) {
			throw new IllegalStateException("the ledger log uses " + tree.algorithm() + " but smartcourt.ledger.hash is "
					+ hasher.algorithm() + "; a log's hash algorithm cannot change");
		}
		String problem = problem(tree);
		if (problem == null) {
			status.consistent();
		}
		else {
			log.error("ledger start-up check failed, appends are refused until it is repaired: {}", problem);
			status.inconsistent(problem);
		}
	}

	private String problem(TreeState tree) {
		try {
			byte[] fromRange = tree.range(hasher).root();
			byte[] fromTiles = reader.root(tree.size());
			if (!MessageDigest.isEqual(fromRange, tree.root())) {
				return "stored root " + hex(tree.root()) + " differs from the compact range's " + hex(fromRange);
			}
			if (!MessageDigest.isEqual(fromTiles, tree.root())) {
				return "stored root " + hex(tree.root()) + " differs from the tiles' " + hex(fromTiles);
			}
			return null;
		}
		catch (RuntimeException ex) {
			return "the stored tree cannot be read: " + ex.getMessage();
		}
	}

	private static String hex(byte[] bytes) {
		return bytes == null ? "null" : HexFormat.of().formatHex(bytes);
	}
}
