package org.smartcourt.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.smartcourt.audit.AuditDigest;
import org.smartcourt.audit.AuditEntry;

/** The canonical form of an audit record that its ledger digest covers, as specified in {@code AuditDigests}. */
record AuditCanonicalForm(String text) {

	static AuditCanonicalForm of(AuditEntry entry) {
		StringBuilder out = new StringBuilder("smartcourt-audit/v1\n");
		line(out, "id", Long.toString(entry.id()));
		line(out, "occurred_at", entry.occurredAt().truncatedTo(ChronoUnit.MICROS).toString());
		line(out, "user_id", entry.userId());
		line(out, "username", entry.username());
		line(out, "role", entry.role());
		line(out, "court_id", entry.courtId());
		line(out, "action", entry.action());
		line(out, "target_type", entry.targetType());
		line(out, "target_id", entry.targetId());
		line(out, "outcome", entry.outcome() == null ? null : entry.outcome().name());
		line(out, "detail", entry.detail());
		line(out, "source_ip", entry.sourceIp());
		line(out, "request_id", entry.requestId());
		return new AuditCanonicalForm(out.toString());
	}

	AuditDigest digest(long id) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		try {
			byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(bytes);
			SM3Digest sm3 = new SM3Digest();
			sm3.update(bytes, 0, bytes.length);
			byte[] sm3Hash = new byte[32];
			sm3.doFinal(sm3Hash, 0);
			return new AuditDigest(id, sha256, sm3Hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static void line(StringBuilder out, String field, String value) {
		out.append(field);
		if (value != null) {
			out.append(' ').append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
		}
		out.append('\n');
	}
}
