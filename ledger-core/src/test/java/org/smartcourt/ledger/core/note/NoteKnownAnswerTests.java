package org.smartcourt.ledger.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.TreeHasher;

/**
 * The signed-note, checkpoint, cosignature and tlog-proof vectors of ledger-reference §2.1–§2.3 and §2.7, byte for
 * byte. The signing key is golang.org/x/mod/sumdb/note's public test key: never use it for anything real.
 */
class NoteKnownAnswerTests {

	static final String SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
	static final String VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
	static final String TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
	static final String SIGNATURE_LINE = "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

	static final String LOG_VKEY = "example.court/ledger-test+0699aa97+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
	static final String CHECKPOINT = """
			example.court/ledger-test
			8
			XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=

			— example.court/ledger-test Bpmql2MpbGXd7gvD2ARYql6BUS+rYQ9arZvnIoXO4fMRkhZOx2AKwUC88dkHq5lXhW4FJfvDgHDwQbpHL1RtIFYvBAA=
			""";
	static final String WITNESS_VKEY = "witness.example/test-w1+81c92ebf+BBpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
	static final String COSIGNATURE_LINE = "— witness.example/test-w1 gckuvwAAAABlU/EAYu7y0l+fTEdrYIwACqblbBC4r/X7ishmUm+LYsaxXU/X2j1b4Q7PH+NCr3MjqAquRdfyDVcesJgK0tvkqe+CDQ==\n";

	static byte[] seed() {
		byte[] typeAndSeed = SignerKey.parse(SKEY).typeAndSecret();
		return java.util.Arrays.copyOfRange(typeAndSeed, 1, typeAndSeed.length);
	}

	@Test
	void peterNeumannSignatureIsReproducedByteForByte() {
		SignerKey skey = SignerKey.parse(SKEY);
		NoteSigner signer = skey.signer(java.time.Clock.systemUTC());

		SignedNote note = SignedNote.unsigned(TEXT).sign(signer);

		assertThat(note.toString()).isEqualTo(TEXT + "\n" + SIGNATURE_LINE);
		assertThat(signer.verifierKey().toString()).isEqualTo(VKEY);
		assertThat(skey.encoded()).isEqualTo(SKEY);
		assertThat(skey.toString()).doesNotContain("AYEKFAL");
	}

	@Test
	void peterNeumannNoteParsesAndVerifies() {
		SignedNote note = SignedNote.parse(TEXT + "\n" + SIGNATURE_LINE);
		VerifierKey vkey = VerifierKey.parse(VKEY);

		assertThat(note.text()).isEqualTo(TEXT);
		assertThat(note.verifiedBy(vkey.verifier())).hasSize(1);
		assertThat(vkey.keyId()).isEqualTo(0xc74f20a3);
		assertThat(vkey.algorithm()).isEqualTo("Ed25519");
	}

	@Test
	void alteredTextFailsUnderTheKnownKey() {
		SignedNote note = SignedNote.parse(TEXT.replace("answer", "Answer") + "\n" + SIGNATURE_LINE);

		assertThatThrownBy(() -> note.verifiedBy(VerifierKey.parse(VKEY).verifier()))
				.isInstanceOf(InvalidSignatureException.class);
	}

	@Test
	void checkpointVectorIsReproducedByteForByte() {
		Checkpoint checkpoint = new Checkpoint("example.court/ledger-test", 8,
				HexFormat.of().parseHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));
		Ed25519NoteSigner log = new Ed25519NoteSigner("example.court/ledger-test", seed());

		assertThat(checkpoint.toNote().sign(log).toString()).isEqualTo(CHECKPOINT);
		assertThat(log.verifierKey().toString()).isEqualTo(LOG_VKEY);
		assertThat(Checkpoint.parse(SignedNote.parse(CHECKPOINT).text())).isEqualTo(checkpoint);
	}

	@Test
	void cosignatureVectorIsReproducedByteForByte() {
		CosignatureV1.Signer witness = new CosignatureV1.Signer("witness.example/test-w1", seed(), java.time.Clock.systemUTC());
		SignedNote checkpoint = SignedNote.parse(CHECKPOINT);

		NoteSignature cosignature = new NoteSignature(witness.keyName(), witness.keyId(),
				witness.signAt(1700000000L, checkpoint.text()));

		assertThat(cosignature.line()).isEqualTo(COSIGNATURE_LINE);
		assertThat(witness.verifierKey().toString()).isEqualTo(WITNESS_VKEY);
		assertThat(CosignatureV1.timestamp(cosignature.signature())).isEqualTo(Instant.ofEpochSecond(1700000000L));
		assertThat(checkpoint.withSignature(cosignature).verifiedBy(VerifierKey.parse(WITNESS_VKEY).verifier())).hasSize(1);
	}

	@Test
	void cosignatureTimestampVectorOfTransparencyDevFormats() {
		byte[] blob = Base64.getDecoder().decode(
				"ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==");
		NoteSignature line = NoteSignature.parse("— w " + Base64.getEncoder().encodeToString(blob));

		assertThat(Integer.toHexString(line.keyId())).isEqualTo("646846b9");
		assertThat(CosignatureV1.timestamp(line.signature()).getEpochSecond()).isEqualTo(1727964367L);
	}

	@Test
	void specExampleCheckpointParses() {
		SignedNote note = SignedNote.parse("""
				example.com/behind-the-sofa
				20852163
				CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

				— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=
				""");

		Checkpoint checkpoint = Checkpoint.parse(note.text());

		assertThat(checkpoint.origin()).isEqualTo("example.com/behind-the-sofa");
		assertThat(checkpoint.size()).isEqualTo(20852163L);
		assertThat(note.signatures()).singleElement().extracting(NoteSignature::keyName).isEqualTo("example.com/behind-the-sofa");
	}

	@Test
	void receiptForIndexFiveOfTheTestLogVerifiesAgainstAPolicy() throws InvalidProofException {
		List<byte[]> proof = List.of(
				HexFormat.of().parseHex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"),
				HexFormat.of().parseHex("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"),
				HexFormat.of().parseHex("d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
		SignedNote cosigned = SignedNote.parse(CHECKPOINT + COSIGNATURE_LINE);
		TlogProof receipt = new TlogProof(Optional.empty(), 5, proof, cosigned);
		String text = receipt.toString();
		Policy policy = Policy.parse("log " + LOG_VKEY + "\nwitness w1 " + WITNESS_VKEY + "\nquorum w1\n");
		byte[] leafHash = TreeHasher.sha256().hashLeaf(HexFormat.of().parseHex("40414243"));

		assertThat(text).startsWith("""
				c2sp.org/tlog-proof@v1
				index 5
				vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=
				yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=
				037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc=

				example.court/ledger-test
				8
				""");
		Policy.Verified verified = TlogProof.parse(text).verify(policy, TreeHasher.sha256(), leafHash);
		assertThat(verified.cosigners()).containsEntry("w1", Instant.ofEpochSecond(1700000000L));
		byte[] otherLeaf = TreeHasher.sha256().hashLeaf(HexFormat.of().parseHex("5051525354555657"));
		assertThatThrownBy(() -> TlogProof.parse(text).verify(policy, TreeHasher.sha256(), otherLeaf))
				.isInstanceOf(InvalidProofException.class);
	}
}
