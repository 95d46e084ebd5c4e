package org.smartcourt.ledger.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.InMemoryTree;
import org.smartcourt.ledger.core.InvalidProofException;
import org.smartcourt.ledger.core.ProofGenerator;
import org.smartcourt.ledger.core.TreeHasher;

/** c2sp.org/tlog-proof, parsed from the specification's layout and checked end to end. */
class TlogProofTests {

	static final Ed25519NoteSigner LOG = Ed25519NoteSigner.generate("ledger.example/evidence");

	@Test
	void readsTheSpecificationsLayoutWithExtraData() {
		SignedNote checkpoint = new Checkpoint("ledger.example/evidence", 1, new byte[32]).toNote().sign(LOG);
		String text = "c2sp.org/tlog-proof@v1\nextra aGVsbG8=\nindex 0\n\n" + checkpoint;

		TlogProof proof = TlogProof.parse(text);

		assertThat(proof.extra()).hasValueSatisfying(e -> assertThat(new String(e, StandardCharsets.UTF_8)).isEqualTo("hello"));
		assertThat(proof.index()).isZero();
		assertThat(proof.proof()).isEmpty();
		assertThat(proof.checkpoint()).isEqualTo(checkpoint);
		assertThat(proof.toString()).isEqualTo(text);
	}

	@Test
	void malformedProofsAreRefused() {
		String checkpoint = new Checkpoint("ledger.example/evidence", 1, new byte[32]).toNote().sign(LOG).toString();

		for (String bad : List.of(
				"c2sp.org/tlog-proof@v2\nindex 0\n\n" + checkpoint,
				"c2sp.org/tlog-proof@v1\nindex 01\n\n" + checkpoint,
				"c2sp.org/tlog-proof@v1\nindex -1\n\n" + checkpoint,
				"c2sp.org/tlog-proof@v1\n\n" + checkpoint,
				"c2sp.org/tlog-proof@v1\nindex 0\nAAAA\n\n" + checkpoint,
				"c2sp.org/tlog-proof@v1\nindex 0\n" + checkpoint)) {
			assertThatThrownBy(() -> TlogProof.parse(bad)).as(bad).isInstanceOf(InvalidNoteException.class);
		}
	}

	@Test
	void everyEntryOfASmallLogHasAVerifiableReceiptAndNoOtherLeafPasses() throws InvalidProofException {
		InMemoryTree tree = new InMemoryTree(TreeHasher.sha256());
		for (int i = 0; i < 13; i++) {
			tree.append(("entry " + i).getBytes(StandardCharsets.UTF_8));
		}
		ProofGenerator generator = new ProofGenerator(TreeHasher.sha256(), tree);
		SignedNote checkpoint = new Checkpoint("ledger.example/evidence", 13, generator.root(13)).toNote().sign(LOG);
		Policy policy = Policy.parse("log " + LOG.verifierKey() + "\nquorum none\n");

		for (int i = 0; i < 13; i++) {
			TlogProof receipt = TlogProof.parse(new TlogProof(Optional.empty(), i, generator.inclusion(i, 13), checkpoint).toString());
			receipt.verify(policy, TreeHasher.sha256(), TreeHasher.sha256().hashLeaf(("entry " + i).getBytes(StandardCharsets.UTF_8)));
			byte[] other = TreeHasher.sha256().hashLeaf(("entry " + (i + 1) % 13).getBytes(StandardCharsets.UTF_8));
			assertThatThrownBy(() -> receipt.verify(policy, TreeHasher.sha256(), other)).isInstanceOf(InvalidProofException.class);
		}
	}
}
