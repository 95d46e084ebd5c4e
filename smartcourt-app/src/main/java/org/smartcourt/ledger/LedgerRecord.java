package org.smartcourt.ledger;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

import org.smartcourt.ledger.core.LedgerLeaf;

/**
 * What to anchor: the type, SHA-256 and SM3 digests of the content and an opaque reference (a stored file's SHA-256,
 * {@code audit:12345}; never personal data, 1–200 printable ASCII characters without spaces). Two records with the same
 * type and SHA-256 are the same entry (strong dedup).
 */
public record LedgerRecord(EntryType type, byte[] sha256, byte[] sm3, String reference) {

	public LedgerRecord {
		Objects.requireNonNull(type, "type");
		if (sha256 == null || sha256.length != 32 || sm3 == null || sm3.length != 32) {
			throw new IllegalArgumentException("sha256 and sm3 must be 32 bytes each");
		}
		if (!LedgerLeaf.isValidReference(reference)) {
			throw new IllegalArgumentException("invalid reference: 1-200 printable ASCII characters without spaces");
		}
		sha256 = sha256.clone();
		sm3 = sm3.clone();
	}

	@Override
	public byte[] sha256() {
		return sha256.clone();
	}

	@Override
	public byte[] sm3() {
		return sm3.clone();
	}

	public String sha256Hex() {
		return HexFormat.of().formatHex(sha256);
	}

	/** The canonical leaf of this record (ledger-core {@link LedgerLeaf}). */
	public LedgerLeaf leaf() {
		return new LedgerLeaf(type.wireName(), sha256, sm3, reference);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LedgerRecord that && type == that.type && Arrays.equals(sha256, that.sha256)
				&& Arrays.equals(sm3, that.sm3) && reference.equals(that.reference);
	}

	@Override
	public int hashCode() {
		return Objects.hash(type, Arrays.hashCode(sha256), reference);
	}

	@Override
	public String toString() {
		return "LedgerRecord[" + type.wireName() + ", sha256=" + sha256Hex() + ", ref=" + reference + "]";
	}
}
