package org.smartcourt.ledger.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** c2sp.org/tlog-policy: the example of the specification, quorum evaluation and every syntax rule. */
class PolicyTests {

	static final Ed25519NoteSigner LOG = Ed25519NoteSigner.generate("ledger.example/evidence");
	static final List<CosignatureV1.Signer> X = List.of(
			CosignatureV1.Signer.generate("x1.example"), CosignatureV1.Signer.generate("x2.example"), CosignatureV1.Signer.generate("x3.example"));
	static final List<CosignatureV1.Signer> Y = List.of(
			CosignatureV1.Signer.generate("y1.example"), CosignatureV1.Signer.generate("y2.example"), CosignatureV1.Signer.generate("y3.example"));

	/** The example policy of the specification, with real keys. */
	static final String EXAMPLE = """
			# comment
			log %s

			witness X1 %s
			witness X2 %s
			\twitness X3 %s   https://x3.example/
			group X-witnesses 2 X1 X2 X3

			witness Y1 %s
			witness Y2 %s
			witness Y3 %s
			group Y-witnesses any Y1 Y2 Y3

			group X-and-Y all X-witnesses Y-witnesses
			quorum X-and-Y
			""".formatted(LOG.verifierKey(), X.get(0).verifierKey(), X.get(1).verifierKey(), X.get(2).verifierKey(),
			Y.get(0).verifierKey(), Y.get(1).verifierKey(), Y.get(2).verifierKey());

	static SignedNote checkpoint(NoteSigner... cosigners) {
		SignedNote note = new Checkpoint("ledger.example/evidence", 3, new byte[32]).toNote().sign(LOG);
		for (NoteSigner c : cosigners) {
			note = note.sign(c);
		}
		return note;
	}

	@Test
	void twoXAndOneYSatisfyTheExample() {
		Policy policy = Policy.parse(EXAMPLE);

		Policy.Verified verified = policy.verify(checkpoint(X.get(0), X.get(2), Y.get(1)));

		assertThat(verified.cosigners()).containsOnlyKeys("X1", "X3", "Y2");
		assertThat(verified.logKeyName()).isEqualTo("ledger.example/evidence");
		assertThat(policy.witnesses()).extracting(Policy.Witness::name).containsExactly("X1", "X2", "X3", "Y1", "Y2", "Y3");
		assertThat(policy.witnesses().get(2).url()).contains("https://x3.example/");
	}

	@Test
	void oneXIsNotEnough() {
		assertThatThrownBy(() -> Policy.parse(EXAMPLE).verify(checkpoint(X.get(0), Y.get(0), Y.get(1))))
				.isInstanceOfSatisfying(CheckpointRejectedException.class,
						e -> assertThat(e.reason()).isEqualTo(CheckpointRejectedException.Reason.QUORUM_NOT_MET));
	}

	@Test
	void aCheckpointWithoutATrustedLogSignatureIsRejected() {
		SignedNote unsigned = new Checkpoint("ledger.example/evidence", 3, new byte[32]).toNote()
				.sign(Ed25519NoteSigner.generate("ledger.example/evidence")).sign(X.get(0)).sign(X.get(1)).sign(Y.get(0));

		assertThatThrownBy(() -> Policy.parse(EXAMPLE).verify(unsigned))
				.isInstanceOfSatisfying(CheckpointRejectedException.class,
						e -> assertThat(e.reason()).isEqualTo(CheckpointRejectedException.Reason.NO_LOG_SIGNATURE));
	}

	@Test
	void aBadCosignatureFromAKnownWitnessRejectsTheCheckpoint() {
		SignedNote note = checkpoint(X.get(0), X.get(1), Y.get(0));
		NoteSignature bad = new NoteSignature(Y.get(1).keyName(), Y.get(1).keyId(), new byte[72]);

		assertThatThrownBy(() -> Policy.parse(EXAMPLE).verify(note.withSignature(bad)))
				.isInstanceOfSatisfying(CheckpointRejectedException.class,
						e -> assertThat(e.reason()).isEqualTo(CheckpointRejectedException.Reason.BAD_SIGNATURE));
	}

	@Test
	void quorumNoneNeedsOnlyTheLog() {
		Policy policy = Policy.parse("log " + LOG.verifierKey() + "\nquorum none\n");

		assertThat(policy.verify(checkpoint()).cosigners()).isEmpty();
	}

	@Test
	void theLogKeyNameMustBeTheOrigin() {
		Ed25519NoteSigner other = Ed25519NoteSigner.generate("other.example/log");
		SignedNote note = new Checkpoint("ledger.example/evidence", 3, new byte[32]).toNote().sign(other);

		assertThatThrownBy(() -> Policy.parse("log " + other.verifierKey() + "\nquorum none\n").verify(note))
				.isInstanceOf(CheckpointRejectedException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"log %1$s\n",
			"log %1$s\nquorum none\nquorum none\n",
			"log %1$s\nquorum W\nwitness W %2$s\n",
			"log %1$s\nwitness W %2$s\ngroup G 2 W\nquorum G\n",
			"log %1$s\nwitness W %2$s\ngroup G 0 W\nquorum G\n",
			"log %1$s\nwitness W %2$s\ngroup G any W W\nquorum G\n",
			"log %1$s\nwitness W %2$s\ngroup G any none\nquorum G\n",
			"log %1$s\nwitness W %2$s\nwitness V %2$s\nquorum W\n",
			"log %1$s\nlog %1$s\nquorum none\n",
			"log %1$s\nwitness none %2$s\nquorum none\n",
			"log %1$s\nwitness W %1$s\nquorum W\n",
			"log %2$s\nquorum none\n",
			"log %1$s\nwitness W %2$s\ngroup W any W\nquorum W\n",
			"log %1$s\nfrobnicate\nquorum none\n",
			"log %1$s\nwitness W %2$s\ngroup G any\nquorum G\n",
	})
	void syntaxRulesAreEnforced(String template) {
		String text = template.formatted(LOG.verifierKey(), X.get(0).verifierKey());

		assertThatThrownBy(() -> Policy.parse(text)).isInstanceOf(InvalidNoteException.class);
	}

	@Test
	void controlCharactersOtherThanTabAreRefused() {
		byte[] bytes = ("log " + LOG.verifierKey() + "\r\nquorum none\n").getBytes();

		assertThatThrownBy(() -> Policy.parse(bytes)).isInstanceOf(InvalidNoteException.class);
	}
}
