package org.smartcourt.audit;

/**
 * The digests of one audit record's canonical form (see {@link AuditDigests}), for anchoring it in the evidence
 * ledger without exposing its content.
 *
 * @param id the record's id.
 * @param sha256 SHA-256 of the canonical form (32 bytes).
 * @param sm3 SM3 (GB/T 32905) of the canonical form (32 bytes).
 */
public record AuditDigest(long id, byte[] sha256, byte[] sm3) {

	public AuditDigest {
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
}
