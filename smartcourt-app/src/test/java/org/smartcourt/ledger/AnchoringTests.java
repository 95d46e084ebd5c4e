package org.smartcourt.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.smartcourt.audit.AuditDigest;
import org.smartcourt.audit.AuditDigests;
import org.smartcourt.audit.AuditTrail;
import org.smartcourt.storage.DocumentType;
import org.smartcourt.storage.FileStore;
import org.smartcourt.storage.StoredFile;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored files and audit records end up anchored in the ledger, after their transactions commit. */
@IntegrationTest
class AnchoringTests {

	private static final Duration PATIENCE = Duration.ofSeconds(45);

	@Autowired
	Ledger ledger;

	@Autowired
	FileStore files;

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditDigests auditDigests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aNewlyStoredFileIsAnchoredByItsSha256AndSm3() throws Exception {
		byte[] png = ("\u0089PNG\r\n\u001a\n" + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
		StoredFile file = new TransactionTemplate(transactions).execute(
				status -> files.store("file", "scan.png", new ByteArrayInputStream(png), Set.of(DocumentType.PNG)));
		LedgerIndex index = eventually(() -> ledger.indexOf(EntryType.STORED_FILE, file.sha256()));
		LedgerRecord record = ledger.find(index).orElseThrow().record();
		assertThat(record.sha256()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(png));
		SM3Digest sm3 = new SM3Digest();
		sm3.update(png, 0, png.length);
		byte[] expectedSm3 = new byte[32];
		sm3.doFinal(expectedSm3, 0);
		assertThat(record.sm3()).isEqualTo(expectedSm3);
		assertThat(record.reference()).isEqualTo(HexFormat.of().formatHex(record.sha256()));
	}

	@Test
	void auditRecordsAreAnchoredByTheDigestOfTheirCanonicalForm() {
		String target = UUID.randomUUID().toString();
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> audit.success("ledger.test.anchoring", "test", target));
		long id = jdbc.sql("select id from audit_record where target_id = ?").param(target).query(Long.class).single();
		LedgerIndex index = eventually(() -> ledger.indexOf(EntryType.AUDIT_RECORD, "audit:" + id));
		AuditDigest digest = auditDigests.of(id).orElseThrow();
		LedgerRecord record = ledger.find(index).orElseThrow().record();
		assertThat(record.sha256()).isEqualTo(digest.sha256());
		assertThat(record.sm3()).isEqualTo(digest.sm3());
	}

	private static <T> T eventually(Supplier<Optional<T>> probe) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < deadline) {
			Optional<T> value = probe.get();
			if (value.isPresent()) {
				return value.get();
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("not anchored within " + PATIENCE);
	}
}
