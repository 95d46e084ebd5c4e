package org.smartcourt.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.smartcourt.ledger.EntryType;
import org.smartcourt.ledger.LedgerRecord;

/**
 * Fresh evidence records as a client would submit them: the real SHA-256 and SM3 of 200 bytes of random content (so
 * no two collide under strong dedup) and a unique reference. One instance per client thread.
 */
final class RandomRecords {

	static final int CONTENT_BYTES = 200;
	private static final AtomicLong SERIAL = new AtomicLong();

	private final SplittableRandom random;
	private final MessageDigest sha256;
	private final SM3Digest sm3 = new SM3Digest();
	private final byte[] content = new byte[CONTENT_BYTES];
	private final String run;

	/** @param stream tells apart the instances created at the same moment (one per client thread) */
	RandomRecords(long stream) {
		// never the same content twice across runs and phases: a repeat would be deduplicated to the earlier entry
		this.random = new SplittableRandom(System.nanoTime() * 31 + stream);
		this.run = Long.toHexString(System.nanoTime());
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	LedgerRecord next() {
		random.nextBytes(content);
		byte[] sm3Digest = new byte[32];
		sm3.update(content, 0, content.length);
		sm3.doFinal(sm3Digest, 0);
		return new LedgerRecord(EntryType.EVIDENCE_FILE, sha256.digest(content), sm3Digest,
				"bench:" + run + ":" + SERIAL.incrementAndGet());
	}
}
