package org.smartcourt.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcourt.ledger.witness.WitnessTestSupport.CLOCK;
import static org.smartcourt.ledger.witness.WitnessTestSupport.NOW;
import static org.smartcourt.ledger.witness.WitnessTestSupport.bytes;
import static org.smartcourt.ledger.witness.WitnessTestSupport.cosignatures;
import static org.smartcourt.ledger.witness.WitnessTestSupport.rejected;
import static org.smartcourt.ledger.witness.WitnessTestSupport.timestampOf;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.CosignatureV1;
import org.smartcourt.ledger.core.note.Ed25519NoteSigner;
import org.smartcourt.ledger.core.note.InvalidSignatureException;
import org.smartcourt.ledger.core.note.NoteSignature;
import org.smartcourt.ledger.core.note.SignerKey;
import org.smartcourt.ledger.core.note.VerifierKey;

/**
 * Every answer of {@code add-checkpoint}, each test quoting the sentence of c2sp.org/tlog-witness it checks. Request
 * bodies are written out as text.
 */
class AddCheckpointTests {

	static final EmbeddedPostgres pg = TestDatabase.server();
	static final DataSource db = pg.getPostgresDatabase();

	final TestLog log = new TestLog("ledger.test.court/evidence", TreeHasher.sha256());
	final CosignatureV1.Signer witnessKey = CosignatureV1.Signer.generate("witness.test.court/w1");
	JdbcWitnessState state;
	Witness witness;

	@BeforeEach
	void freshWitness() throws SQLException {
		state = new JdbcWitnessState(db);
		WitnessTestSupport.truncate(db);
		witness = new Witness(witnessKey.signerKey(), CLOCK, List.of(log.witnessed()), state);
	}

	AddCheckpointResponse post(String body) {
		return witness.addCheckpoint(bytes(body));
	}

	Optional<LogState> stored() {
		return state.latest(log.origin);
	}

	/** Reference vector of ledger-reference §2.2/§2.3: the Go test key as log and as witness, time 1700000000. */
	@Test
	void cosignsTheReferenceCheckpointByteForByte() {
		byte[] seed = java.util.Arrays.copyOfRange(
				SignerKey.parse("PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz").typeAndSecret(), 1, 33);
		SignerKey w1 = new CosignatureV1.Signer("witness.example/test-w1", seed, CLOCK).signerKey();
		VerifierKey logKey = VerifierKey.parse("example.court/ledger-test+0699aa97+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
		Witness reference = new Witness(w1, CLOCK, List.of(WitnessedLog.of(logKey)), state);

		AddCheckpointResponse response = reference.addCheckpoint(bytes("""
				old 0

				example.court/ledger-test
				8
				XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=

				— example.court/ledger-test Bpmql2MpbGXd7gvD2ARYql6BUS+rYQ9arZvnIoXO4fMRkhZOx2AKwUC88dkHq5lXhW4FJfvDgHDwQbpHL1RtIFYvBAA=
				"""));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.bodyText()).isEqualTo("— witness.example/test-w1 gckuvwAAAABlU/EAYu7y0l+fTEdrYIwACqblbBC4r/X7ishmUm+LYsaxXU/X2j1b4Q7PH+NCr3MjqAquRdfyDVcesJgK0tvkqe+CDQ==\n");
		assertThat(reference.verifierKey()).hasToString("witness.example/test-w1+81c92ebf+BBpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
	}

	// "or zero if it never cosigned a checkpoint for that origin" / "The proof MUST be empty if the old size is zero."
	@Test
	void trustsTheFirstCheckpointOfALogFromSizeZero() {
		AddCheckpointResponse response = post("old 0\n\n" + log.checkpoint(5));

		assertThat(response.status()).isEqualTo(200);
		// "a sequence of one or more note signature lines, each starting with the — character (U+2014) and ending with a newline"
		assertThat(response.bodyText()).startsWith("\u2014 witness.test.court/w1 ").endsWith("\n");
		List<NoteSignature> cosignatures = cosignatures(log.checkpoint(5), response.bodyText(), witness.verifierKey());
		assertThat(cosignatures).hasSize(1);
		assertThat(timestampOf(cosignatures.get(0))).isEqualTo(NOW);
		assertThat(stored()).contains(new LogState(5, log.root(5)));
	}

	// "The consistency proof lines MUST encode a Merkle Consistency Proof from the old size to the checkpoint size"
	@Test
	void cosignsACheckpointProvedConsistentWithTheLatestCosignedOne() {
		post("old 0\n\n" + log.checkpoint(5));

		AddCheckpointResponse response = post("old 5\n" + log.proofLines(5, 13) + "\n" + log.checkpoint(13));

		assertThat(response.status()).isEqualTo(200);
		assertThat(cosignatures(log.checkpoint(13), response.bodyText(), witness.verifierKey())).hasSize(1);
		assertThat(stored()).contains(new LogState(13, log.root(13)));
		assertThat(post(log.request(13, 16)).status()).isEqualTo(200);
		assertThat(post(log.request(16, 32)).status()).isEqualTo(200);
		assertThat(stored()).contains(new LogState(32, log.root(32)));
	}

	// "If it doesn't match, the witness MUST respond with a "409 Conflict" HTTP status code. The response body MUST
	// consist of the tree size of the latest cosigned checkpoint in decimal, followed by a newline (U+000A). The response
	// MUST have a Content-Type of text/x.tlog.size."
	@Test
	void answersAStaleOldSizeWithTheLatestCosignedSize() {
		post("old 0\n\n" + log.checkpoint(5));
		post(log.request(5, 12));

		AddCheckpointResponse stale = post(log.request(5, 20));
		AddCheckpointResponse ahead = post(log.request(13, 20));

		for (AddCheckpointResponse response : List.of(stale, ahead)) {
			assertThat(response.status()).isEqualTo(409);
			assertThat(response.contentType()).isEqualTo("text/x.tlog.size");
			assertThat(response.bodyText()).isEqualTo("12\n");
			assertThat(response.latestSize()).hasValue(12);
		}
		assertThat(stored()).contains(new LogState(12, log.root(12)));
		assertThat(post(log.request(12, 20)).status()).isEqualTo(200);
	}

	// "If a client doesn't have information on the latest cosigned checkpoint, it MAY initially make a request with a
	// old size of zero to obtain it."
	@Test
	void tellsAClientThatSendsOldZeroTheLatestCosignedSize() {
		post("old 0\n\n" + log.checkpoint(7));

		AddCheckpointResponse probe = post("old 0\n\n" + log.checkpoint(9));

		assertThat(probe.status()).isEqualTo(409);
		assertThat(probe.contentType()).isEqualTo("text/x.tlog.size");
		assertThat(probe.bodyText()).isEqualTo("7\n");
		assertThat(stored()).contains(new LogState(7, log.root(7)));
	}

	// "If the old size matches the checkpoint size, the witness MUST check that the root hashes are also identical."
	@Test
	void cosignsTheSameCheckpointAgain() {
		post("old 0\n\n" + log.checkpoint(6));

		AddCheckpointResponse again = post("old 6\n\n" + log.checkpoint(6));

		assertThat(again.status()).isEqualTo(200);
		assertThat(cosignatures(log.checkpoint(6), again.bodyText(), witness.verifierKey())).hasSize(1);
		assertThat(stored()).contains(new LogState(6, log.root(6)));
	}

	// "If they don't match, the witness MUST respond with a "409 Conflict" HTTP status code."
	// "the witness MAY log the request even if the consistency proof doesn't verify (but MUST NOT cosign the checkpoint)"
	@Test
	void refusesASecondRootForTheSameSizeAndKeepsItAsEvidence() throws SQLException {
		post("old 0\n\n" + log.checkpoint(6));
		String forked = "old 6\n\n" + log.fork().checkpoint(6);

		AddCheckpointResponse response = post(forked);

		assertThat(response.status()).isEqualTo(409);
		// not text/x.tlog.size: the old size was right, so a client retrying with the size it got would loop
		assertThat(response.contentType()).startsWith("text/plain");
		assertThat(response.bodyText()).doesNotStartWith("\u2014");
		assertThat(stored()).contains(new LogState(6, log.root(6)));
		assertThat(rejected(db)).containsExactly("409 ledger.test.court/evidence|" + forked);
	}

	// "If the Merkle Consistency Proof doesn't verify, the witness MUST respond with a "422 Unprocessable Entity""
	@Test
	void refusesAProofThatDoesNotVerifyAndKeepsTheRequest() throws SQLException {
		post("old 0\n\n" + log.checkpoint(5));
		String wrongProof = "old 5\n" + log.proofLines(4, 13) + "\n" + log.checkpoint(13);
		TestLog fork = log.fork();
		String forkedHistory = "old 5\n" + fork.proofLines(5, 13) + "\n" + fork.checkpoint(13);
		String noProof = "old 5\n\n" + log.checkpoint(13);

		for (String body : List.of(wrongProof, forkedHistory, noProof)) {
			AddCheckpointResponse response = post(body);
			assertThat(response.status()).as(body).isEqualTo(422);
			assertThat(response.bodyText()).doesNotStartWith("\u2014");
		}
		assertThat(stored()).contains(new LogState(5, log.root(5)));
		assertThat(rejected(db)).containsExactly("422 ledger.test.court/evidence|" + wrongProof,
				"422 ledger.test.court/evidence|" + forkedHistory, "422 ledger.test.court/evidence|" + noProof);
	}

	// "The proof MUST be empty if the old size is zero."
	@Test
	void refusesAProofFromSizeZero() {
		String body = "old 0\n" + Base64.getEncoder().encodeToString(log.root(1)) + "\n\n" + log.checkpoint(5);

		assertThat(post(body).status()).isEqualTo(422);
		assertThat(stored()).isEmpty();
	}

	@Test
	void refusesAProofBetweenEqualSizes() {
		post("old 0\n\n" + log.checkpoint(6));

		AddCheckpointResponse response = post("old 6\n" + Base64.getEncoder().encodeToString(log.root(3)) + "\n\n" + log.checkpoint(6));

		assertThat(response.status()).isEqualTo(422);
	}

	// "If the checkpoint origin is unknown, the witness MUST respond with a "404 Not Found" HTTP status code."
	@Test
	void doesNotKnowTheSpecificationsExampleLog() {
		AddCheckpointResponse response = post("""
				old 20852014
				PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
				jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=
				5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=
				/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=

				example.com/behind-the-sofa
				20852163
				CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

				— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
				— example.com/behind-the-sofa opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=
				""");

		assertThat(response.status()).isEqualTo(404);
	}

	// "If none of the signatures verify against a trusted public key, the witness MUST respond with a "403 Forbidden""
	// "it MUST ignore signatures from unknown keys"
	@Test
	void refusesACheckpointWithoutASignatureOfATrustedKey() throws SQLException {
		Ed25519NoteSigner stranger = Ed25519NoteSigner.generate("stranger.example/log");
		String text = log.checkpointText(5);
		String strangerOnly = "old 0\n\n" + text + "\n" + stranger.signText(text).line();
		String sameNameOtherKey = "old 0\n\n" + text + "\n" + Ed25519NoteSigner.generate(log.origin).signText(text).line();

		assertThat(post(strangerOnly).status()).isEqualTo(403);
		assertThat(post(sameNameOtherKey).status()).isEqualTo(403);
		assertThat(stored()).isEmpty();
		assertThat(rejected(db)).isEmpty();
	}

	@Test
	void ignoresSignaturesOfUnknownKeysBesideTheLogs() {
		Ed25519NoteSigner stranger = Ed25519NoteSigner.generate("stranger.example/log");
		String text = log.checkpointText(5);
		String body = "old 0\n\n" + text + "\n" + stranger.signText(text).line() + log.signer.signText(text).line();

		assertThat(post(body).status()).isEqualTo(200);
	}

	// signed-note: a known key whose signature fails makes the note invalid, whatever else verifies
	@Test
	void refusesACheckpointWhoseTrustedSignatureDoesNotVerify() {
		String text = log.checkpointText(5);
		String otherText = log.checkpointText(6);
		String wrongSignature = log.signer.signText(otherText).line();
		String body = "old 0\n\n" + text + "\n" + log.signer.signText(text).line() + wrongSignature;

		assertThat(post(body).status()).isEqualTo(403);
		assertThat(post("old 0\n\n" + text + "\n" + wrongSignature).status()).isEqualTo(403);
		assertThat(stored()).isEmpty();
	}

	// "The old size MUST be equal to or lower than the checkpoint size. Otherwise, ... "400 Bad Request""
	@Test
	void refusesAnOldSizeAboveTheCheckpointSize() {
		post("old 0\n\n" + log.checkpoint(5));

		assertThat(post("old 9\n\n" + log.checkpoint(5)).status()).isEqualTo(400);
		assertThat(post("old 6\n\n" + log.checkpoint(5)).status()).isEqualTo(400);
		assertThat(stored()).contains(new LogState(5, log.root(5)));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"", // no old size line
			"old 5\n", // no empty line
			"Old 5\n\n", "old  5\n\n", "old 5 \n\n", "old\n\n", "old -1\n\n", "old +5\n\n", "old 05\n\n", "old 0x5\n\n",
			"old 5\r\n\n", // every line ends in U+000A alone
			"old 99999999999999999999\n\n", // larger than any tree
			"old 5\nnot base64!\n\n",
			"old 5\nJMyf3TVnuLqFKkrZe6hqRMqAy3CKZr4GpjkVpRg3LRk\n\n", // unpadded
			"old 5\n JMyf3TVnuLqFKkrZe6hqRMqAy3CKZr4GpjkVpRg3LRk=\n\n",
			"old 5\nAAAA\n\n", // a 3-byte hash
	})
	void refusesAMalformedBody(String head) {
		post("old 0\n\n" + log.checkpoint(5));

		AddCheckpointResponse response = post(head + log.checkpoint(13));

		assertThat(response.status()).as(head).isEqualTo(400);
		assertThat(stored()).contains(new LogState(5, log.root(5)));
	}

	@Test
	void refusesAMalformedCheckpoint() {
		String text = log.checkpointText(5);
		assertThat(post("old 0\n\n" + text).status()).as("unsigned").isEqualTo(400);
		assertThat(post("old 0\n\n" + log.signed(log.origin + "\n05\n" + text.split("\n")[2] + "\n")).status()).isEqualTo(400);
		assertThat(post("old 0\n\n" + log.signed(log.origin + "\n5\n")).status()).as("no root").isEqualTo(400);
		assertThat(post("old 0\n\n" + log.checkpoint(5).replace("\n", "\r\n")).status()).isEqualTo(400);
		byte[] notUtf8 = bytes("old 0\n\n" + log.checkpoint(5));
		notUtf8[notUtf8.length - 3] = (byte) 0xff;
		assertThat(witness.addCheckpoint(notUtf8).status()).isEqualTo(400);
		assertThat(stored()).isEmpty();
	}

	// "The client MUST NOT send more than 63 consistency proof lines."
	@Test
	void takesAtMost63ProofLines() {
		post("old 0\n\n" + log.checkpoint(5));
		String line = Base64.getEncoder().encodeToString(log.root(2)) + "\n";

		assertThat(post("old 5\n" + line.repeat(64) + "\n" + log.checkpoint(13)).status()).isEqualTo(400);
		assertThat(post("old 5\n" + line.repeat(63) + "\n" + log.checkpoint(13)).status()).as("read, then fails to verify").isEqualTo(422);
	}

	// tlog-cosignature: extension lines "if present MUST be included in the cosigned message"
	@Test
	void cosignsTheWholeCheckpointTextWithItsExtensionLines() {
		String text = log.checkpointText(5) + "extension line\n";
		String checkpoint = log.signed(text);

		AddCheckpointResponse response = post("old 0\n\n" + checkpoint);

		assertThat(response.status()).isEqualTo(200);
		assertThat(cosignatures(checkpoint, response.bodyText(), witness.verifierKey())).hasSize(1);
		assertThatThrownBy(() -> cosignatures(log.checkpoint(5), response.bodyText(), witness.verifierKey()))
				.as("not valid for the checkpoint without the extension")
				.isInstanceOf(InvalidSignatureException.class);
	}

	@Test
	void cosignsForAnSm3Log() {
		TestLog sm3 = new TestLog("ledger.test.court/sm3", TreeHasher.sm3());
		Witness both = new Witness(witnessKey.signerKey(), CLOCK, List.of(log.witnessed(), sm3.witnessed()), state);

		assertThat(both.addCheckpoint(bytes("old 0\n\n" + sm3.checkpoint(3))).status()).isEqualTo(200);
		TestLog sha = new TestLog(sm3.origin, TreeHasher.sha256());
		String shaProof = "old 3\n" + sha.proofLines(3, 10) + "\n" + sm3.checkpoint(10);
		assertThat(both.addCheckpoint(bytes(shaProof)).status()).as("a SHA-256 proof for an SM3 tree").isEqualTo(422);
		AddCheckpointResponse response = both.addCheckpoint(bytes(sm3.request(3, 10)));

		assertThat(response.status()).isEqualTo(200);
		assertThat(cosignatures(sm3.checkpoint(10), response.bodyText(), both.verifierKey())).hasSize(1);
		assertThat(state.latest(sm3.origin)).contains(new LogState(10, sm3.root(10)));
	}

	@Test
	void cosignsTheEmptyTreeOnlyWithTheEmptyRoot() {
		String empty = log.origin + "\n0\n" + Base64.getEncoder().encodeToString(TreeHasher.sha256().emptyRoot()) + "\n";
		String notEmpty = log.origin + "\n0\n" + Base64.getEncoder().encodeToString(log.root(1)) + "\n";

		assertThat(post("old 0\n\n" + log.signed(notEmpty)).status()).isEqualTo(409);
		assertThat(post("old 0\n\n" + log.signed(empty)).status()).isEqualTo(200);
		assertThat(stored()).contains(new LogState(0, TreeHasher.sha256().emptyRoot()));
		assertThat(post("old 0\n\n" + log.checkpoint(4)).status()).isEqualTo(200);
	}

	@Test
	void stampsEachCosignatureWithTheClock() {
		Instant later = NOW.plusSeconds(3600);
		Witness laterWitness = new Witness(witnessKey.signerKey(), java.time.Clock.fixed(later, java.time.ZoneOffset.UTC),
				List.of(log.witnessed()), state);

		AddCheckpointResponse response = laterWitness.addCheckpoint(bytes("old 0\n\n" + log.checkpoint(2)));

		assertThat(timestampOf(cosignatures(log.checkpoint(2), response.bodyText(), witness.verifierKey()).get(0)))
				.isEqualTo(later);
	}

	@Test
	void signsNothingWhenItsStateIsUnavailable() {
		WitnessState broken = new WitnessState() {
			@Override
			public Optional<LogState> latest(String origin) {
				return Optional.empty();
			}

			@Override
			public boolean compareAndSet(String origin, Optional<LogState> expected, LogState next, Instant at) {
				throw new WitnessStorageException("disk full", null);
			}

			@Override
			public void recordRejected(String origin, int status, String reason, byte[] body, Instant at) {
				throw new WitnessStorageException("disk full", null);
			}
		};
		Witness unlucky = new Witness(witnessKey.signerKey(), CLOCK, List.of(log.witnessed()), broken);

		AddCheckpointResponse response = unlucky.addCheckpoint(bytes("old 0\n\n" + log.checkpoint(2)));

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.bodyText()).doesNotContain("\u2014");
		assertThat(unlucky.addCheckpoint(bytes("old 9\n\n" + log.checkpoint(2))).status()).isEqualTo(400);
	}

	@Test
	void needsACosignatureKey() {
		SignerKey logKey = log.signer.signerKey();

		assertThatThrownBy(() -> new Witness(logKey, CLOCK, List.of(log.witnessed()), state))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x04");
		assertThatThrownBy(() -> new Witness(witnessKey.signerKey(), CLOCK, List.of(log.witnessed(), log.witnessed()), state))
				.hasMessageContaining("twice");
	}
}
