package org.smartcourt.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.LedgerLeaf;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.Checkpoint;
import org.smartcourt.ledger.core.note.Policy;
import org.smartcourt.ledger.core.note.SignedNote;
import org.smartcourt.ledger.core.note.TlogProof;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checkpoints are signed by the log, cosigned by demo mode's two witnesses (each on its own database, over real
 * HTTP), published only under the policy served at /ledger/policy, and every receipt verifies offline from what the
 * public endpoints serve, exactly as an outside verifier would see it.
 */
@IntegrationTest
class LedgerCheckpointTests {

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private TestApi api;

	@BeforeEach
	void setUp() {
		api = new TestApi(port);
	}

	private List<LedgerIndex> append(int n) throws Exception {
		List<CompletableFuture<LedgerIndex>> futures = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			futures.add(ledger.append(LedgerRecords.fresh(EntryType.EVIDENCE_FILE)));
		}
		List<LedgerIndex> indexes = new ArrayList<>();
		for (CompletableFuture<LedgerIndex> f : futures) {
			indexes.add(f.get(10, TimeUnit.SECONDS));
		}
		return indexes;
	}

	private Policy policy() {
		TestApi.Response response = api.getAny("/ledger/policy", null);
		assertThat(response.status()).isEqualTo(200);
		return Policy.parse(response.body());
	}

	@Test
	void aReceiptVerifiesOfflineAgainstThePublishedPolicyWithBothWitnesses() throws Exception {
		LedgerIndex index = append(3).get(1);

		TestApi.Response response = api.getAny("/api/v1/ledger/receipts/" + index.value() + "?wait=true", null);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Content-Disposition")).contains(".tlog-proof");
		TlogProof receipt = TlogProof.parse(response.body());
		LedgerLeaf leaf = LedgerLeaf.parse(receipt.extra().orElseThrow());
		Policy policy = policy();
		Policy.Verified verified = receipt.verify(policy, TreeHasher.sha256(), TreeHasher.sha256().hashLeaf(leaf.encode()));
		assertThat(verified.cosigners()).containsOnlyKeys("demo-witness-a", "demo-witness-b");
		assertThat(verified.checkpoint().origin()).isEqualTo("demo.smartcourt.local/ledger");
		assertThat(leaf.type()).isEqualTo("evidence-file");
		assertThat(policy.witnesses()).hasSize(2);
		assertThat(policy.quorum()).isEqualTo("witnesses");
	}

	@Test
	void theCurrentCheckpointIsACosignedC2spCheckpointAndGrowsConsistently() throws Exception {
		append(2);
		long first = waitForHead(ledger.size());
		SignedNote before = SignedNote.parse(api.getAny("/api/v1/ledger/checkpoints/" + first, null).json().get("note").asText());
		append(5);
		long second = waitForHead(ledger.size());

		TestApi.Response current = api.getAny("/ledger/checkpoint", null);
		SignedNote after = SignedNote.parse(current.body());
		assertThat(current.header("Cache-Control")).contains("max-age=2");
		Policy policy = policy();
		Checkpoint c1 = policy.verify(before).checkpoint();
		Checkpoint c2 = policy.verify(after).checkpoint();
		assertThat(c2.size()).isGreaterThanOrEqualTo(second);
		var proof = api.get("/api/v1/ledger/proofs/consistency?from=" + c1.size() + "&to=" + c2.size(), null).json();
		List<byte[]> hashes = new ArrayList<>();
		proof.get("hashes").forEach(h -> hashes.add(java.util.Base64.getDecoder().decode(h.asText())));
		new ProofVerifier(TreeHasher.sha256()).verifyConsistency(c1.size(), c2.size(), c1.rootHash(), c2.rootHash(), hashes);
		assertThat(after.signatures()).extracting(s -> s.keyName())
			.contains("demo.smartcourt.local/ledger", "witness-a.demo.smartcourt.local", "witness-b.demo.smartcourt.local");
	}

	@Test
	void checkpointsAreTimeStampedAndTheTokenVerifiesAgainstThePublishedRoot() throws Exception {
		append(1);
		long size = waitForHead(ledger.size());
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		java.net.http.HttpResponse<byte[]> token;
		do {
			Thread.sleep(100);
			token = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create(api.base() + "/api/v1/ledger/checkpoints/" + size + "/timestamp")).build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray());
		}
		while (token.statusCode() == 404 && System.nanoTime() < deadline);
		byte[] der = token.body();
		String note = api.getAny("/api/v1/ledger/checkpoints/" + size, null).json().get("note").asText();
		String root = api.getAny("/ledger/tsa-root.pem", null).body();

		var verified = org.smartcourt.ledger.core.tsa.TimestampTokenVerifier.trusting(root.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.verify(der, SignedNote.parse(note).text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(verified.genTime()).isBefore(java.time.Instant.now().plusSeconds(1));
		assertThat(api.getAny("/api/v1/ledger/checkpoints/" + size, null).json().get("timestampedAt").isNull()).isFalse();
	}

	@Test
	void theLogKeysAreServedInVkeyForm() {
		TestApi.Response keys = api.getAny("/ledger/key", null);

		assertThat(keys.status()).isEqualTo(200);
		assertThat(keys.body().lines()).hasSize(2)
			.allSatisfy(line -> assertThat(org.smartcourt.ledger.core.note.VerifierKey.parse(line).name())
				.isEqualTo("demo.smartcourt.local/ledger"));
		assertThat(keys.body().lines().map(l -> org.smartcourt.ledger.core.note.VerifierKey.parse(l).algorithm()))
			.containsExactly("Ed25519", "SM2-SM3");
	}

	@Test
	void theHeadNeverMovesBackAndHistoricCheckpointsAreImmutable() throws Exception {
		append(1);
		long size = waitForHead(ledger.size());

		assertThatThrownBy(() -> jdbc.sql("update ledger_checkpoint_head set size = size - 1 where id = 0").update())
			.rootCause().hasMessageContaining("may not move");
		assertThatThrownBy(() -> jdbc.sql("update ledger_checkpoint set note = 'x' where size = ?").param(size).update())
			.rootCause().hasMessageContaining("immutable");
		assertThatThrownBy(() -> jdbc.sql("delete from ledger_checkpoint where size = ?").param(size).update())
			.rootCause().hasMessageContaining("may not be deleted");
	}

	@Test
	void receiptsForUnknownEntriesAreProblems() {
		TestApi.Response missing = api.get("/api/v1/ledger/receipts/999999999", null);

		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.json().get("detail").asText()).contains("没有该条目");
		assertThat(api.get("/api/v1/ledger/checkpoints/999999999", null).status()).isEqualTo(404);
	}

	private long waitForHead(long atLeast) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			Long head = jdbc.sql("select size from ledger_checkpoint_head where id = 0 and note <> ''")
				.query(Long.class).optional().orElse(0L);
			if (head >= atLeast) {
				return head;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no checkpoint of size " + atLeast + " within 20 s");
	}
}
