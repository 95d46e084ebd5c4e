package org.smartcourt.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.smartcourt.audit.AuditDigest;
import org.smartcourt.audit.AuditEntry;
import org.smartcourt.audit.AuditOutcome;

/** The canonical form of an audit record that the ledger anchors: fixed field order, escapes, missing values. */
class AuditCanonicalFormTests {

	private static AuditEntry entry(String detail, String targetId) {
		return new AuditEntry(42, Instant.parse("2026-11-29T06:14:55.123456789Z"), null, "judge", "JUDGE", "220100",
				"case.material.read", "case", targetId, AuditOutcome.SUCCESS, detail, "10.0.0.1", "req-1");
	}

	@Test
	void isTheDocumentedText() {
		assertThat(AuditCanonicalForm.of(entry("line1\nline2\\x\r", null)).text()).isEqualTo("""
				smartcourt-audit/v1
				id 42
				occurred_at 2026-11-29T06:14:55.123456Z
				user_id
				username judge
				role JUDGE
				court_id 220100
				action case.material.read
				target_type case
				target_id
				outcome SUCCESS
				detail line1\\nline2\\\\x\\r
				source_ip 10.0.0.1
				request_id req-1
				""");
	}

	@Test
	void aMissingValueDiffersFromAnEmptyOneAndAnyChangeChangesTheDigest() throws Exception {
		AuditCanonicalForm missing = AuditCanonicalForm.of(entry(null, "1"));
		AuditCanonicalForm empty = AuditCanonicalForm.of(entry("", "1"));
		assertThat(missing.text()).isNotEqualTo(empty.text());
		AuditDigest digest = missing.digest(42);
		assertThat(digest.sha256())
			.isEqualTo(MessageDigest.getInstance("SHA-256").digest(missing.text().getBytes(StandardCharsets.UTF_8)));
		assertThat(digest.sm3()).hasSize(32).isNotEqualTo(digest.sha256());
		assertThat(AuditCanonicalForm.of(entry(null, "2")).digest(42).sha256()).isNotEqualTo(digest.sha256());
	}
}
