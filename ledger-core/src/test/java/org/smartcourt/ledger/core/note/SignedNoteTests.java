package org.smartcourt.ledger.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The signed-note format rules of c2sp.org/signed-note, each one probed. */
class SignedNoteTests {

	static final Ed25519NoteSigner ALICE = Ed25519NoteSigner.generate("alice.example/log");
	static final Ed25519NoteSigner BOB = Ed25519NoteSigner.generate("bob.example/log");

	@Test
	void textMayContainEmptyLinesTheLastOneSeparatesTheSignatures() {
		SignedNote note = SignedNote.unsigned("a\n\nb\n").sign(ALICE);

		SignedNote parsed = SignedNote.parse(note.toString());

		assertThat(parsed.text()).isEqualTo("a\n\nb\n");
		assertThat(parsed.verifiedBy(ALICE.verifierKey().verifier())).hasSize(1);
	}

	@Test
	void unknownKeysAreIgnoredAndAKnownKeyMustVerify() {
		SignedNote note = SignedNote.unsigned("hello\n").sign(BOB);

		assertThat(note.verifiedBy(ALICE.verifierKey().verifier())).isEmpty();
		NoteSignature forged = new NoteSignature(ALICE.keyName(), ALICE.keyId(), BOB.sign("hello\n".getBytes(StandardCharsets.UTF_8)));
		assertThatThrownBy(() -> note.withSignature(forged).verifiedBy(ALICE.verifierKey().verifier()))
				.isInstanceOf(InvalidSignatureException.class);
	}

	@Test
	void sameNameButOtherKeyIdIsAnUnknownKey() {
		NoteSignature other = new NoteSignature(ALICE.keyName(), ALICE.keyId() ^ 1, new byte[64]);

		assertThat(SignedNote.unsigned("x\n").withSignature(other).verifiedBy(ALICE.verifierKey().verifier())).isEmpty();
	}

	@Test
	void atLeastSixteenSignaturesAreAccepted() {
		SignedNote note = SignedNote.unsigned("many\n");
		for (int i = 0; i < 16; i++) {
			note = note.sign(Ed25519NoteSigner.generate("w" + i + ".example"));
		}

		assertThat(SignedNote.parse(note.toString()).signatures()).hasSize(16);
	}

	@Test
	void tooManySignaturesAreRefused() {
		StringBuilder note = new StringBuilder("x\n\n");
		String line = ALICE.signText("x\n").line();
		note.append(line.repeat(SignedNote.MAX_SIGNATURES + 1));

		assertThatThrownBy(() -> SignedNote.parse(note.toString())).isInstanceOf(InvalidNoteException.class)
				.hasMessageContaining("more than");
	}

	@Test
	void malformedNotesAreRefused() {
		String good = SignedNote.unsigned("x\n").sign(ALICE).toString();

		assertThatThrownBy(() -> SignedNote.parse(good.replace("\u2014", "-"))).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> SignedNote.parse(good.substring(0, good.length() - 1))).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> SignedNote.parse("x\n")).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> SignedNote.parse("x\n\n")).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> SignedNote.parse(good.replace("x\n", "x\t\n"))).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> SignedNote.parse(good.replace("x\n", "x\r\n"))).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> SignedNote.parse("x\n\n\u2014 alice AAAA!!==\n")).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> SignedNote.parse("x\n\n\u2014 alice AAE=\n")).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> SignedNote.parse(new byte[] {'x', (byte) 0xc3, '\n', '\n'}))
				.isInstanceOf(InvalidNoteException.class).hasMessageContaining("UTF-8");
	}

	@Test
	void keyNamesWithSpacesOrPlusAreRefused() {
		assertThatThrownBy(() -> Ed25519NoteSigner.generate("a b")).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> Ed25519NoteSigner.generate("a+b")).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> Ed25519NoteSigner.generate("a\u3000b")).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> Ed25519NoteSigner.generate("")).isInstanceOf(InvalidNoteException.class);
	}

	@Test
	void chineseTextIsSignedAsUtf8() {
		SignedNote note = SignedNote.unsigned("吉林省高级人民法院\n").sign(ALICE);

		SignedNote parsed = SignedNote.parse(note.toBytes());

		assertThat(parsed.verifiedBy(ALICE.verifierKey().verifier())).hasSize(1);
	}

	@Test
	void verifierKeysRoundTripAndRefuseAWrongKeyId() {
		String vkey = ALICE.verifierKey().toString();

		assertThat(VerifierKey.parse(vkey)).isEqualTo(ALICE.verifierKey());
		String wrongId = vkey.replaceFirst("\\+[0-9a-f]{8}\\+", "+00000000+");
		assertThatThrownBy(() -> VerifierKey.parse(wrongId)).isInstanceOf(InvalidNoteException.class);
		assertThatThrownBy(() -> VerifierKey.parse("alice+1234+AQ==")).isInstanceOf(InvalidNoteException.class);
	}

	@Test
	void signerKeysRoundTrip() {
		SignerKey key = ALICE.signerKey();

		NoteSigner again = SignerKey.parse(key.encoded()).signer(java.time.Clock.systemUTC());

		assertThat(again.verifierKey()).isEqualTo(ALICE.verifierKey());
	}
}
