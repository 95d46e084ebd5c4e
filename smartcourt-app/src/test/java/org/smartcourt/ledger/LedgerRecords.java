package org.smartcourt.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;

/** Test records with real SHA-256 and SM3 digests of fresh random content. */
public final class LedgerRecords {

	private LedgerRecords() {
	}

	public static LedgerRecord fresh(EntryType type) {
		return of(type, UUID.randomUUID().toString());
	}

	public static LedgerRecord of(EntryType type, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		try {
			byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(bytes);
			SM3Digest sm3 = new SM3Digest();
			sm3.update(bytes, 0, bytes.length);
			byte[] sm3Hash = new byte[32];
			sm3.doFinal(sm3Hash, 0);
			return new LedgerRecord(type, sha256, sm3Hash, "test:" + java.util.HexFormat.of().formatHex(sha256, 0, 8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
