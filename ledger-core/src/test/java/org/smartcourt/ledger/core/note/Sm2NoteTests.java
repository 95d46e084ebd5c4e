package org.smartcourt.ledger.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;

import org.bouncycastle.jcajce.spec.SM2ParameterSpec;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.junit.jupiter.api.Test;

/** SM2/SM3 note signatures under the 0xff escape type, with the user ID always explicit. */
class Sm2NoteTests {

	static final Sm2NoteSigner LOG = Sm2NoteSigner.generate("ledger.jlcourt.example/evidence");

	@Test
	void signsAndVerifiesACheckpoint() {
		SignedNote note = SignedNote.unsigned("ledger.jlcourt.example/evidence\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n").sign(LOG);

		VerifierKey vkey = VerifierKey.parse(LOG.verifierKey().toString());

		assertThat(vkey.algorithm()).isEqualTo("SM2-SM3");
		assertThat(SignedNote.parse(note.toString()).verifiedBy(vkey.verifier())).hasSize(1);
	}

	@Test
	void keyIdCoversTheEscapeByteAndTheAlgorithmIdentifier() {
		byte[] typeAndKey = LOG.verifierKey().typeAndKey();

		assertThat(typeAndKey[0]).isEqualTo((byte) 0xff);
		assertThat(new String(typeAndKey, 1, Sm2Keys.ALGORITHM.length(), StandardCharsets.US_ASCII)).isEqualTo(Sm2Keys.ALGORITHM);
		assertThat(LOG.keyId()).isEqualTo(NoteKeys.keyId(LOG.keyName(), typeAndKey));
	}

	@Test
	void theSignatureIsStandardSm3WithSm2UnderTheDefaultUserId() throws Exception {
		byte[] text = "吉林\n".getBytes(StandardCharsets.UTF_8);
		byte[] signature = LOG.sign(text);

		Signature jca = Signature.getInstance("SM3withSM2", new BouncyCastleProvider());
		jca.setParameter(new SM2ParameterSpec("1234567812345678".getBytes(StandardCharsets.US_ASCII)));
		jca.initVerify(jcaPublicKey(Sm2Keys.keyOf(LOG.verifierKey().typeAndKey())));
		jca.update(text);

		assertThat(jca.verify(signature)).isTrue();
	}

	@Test
	void aSignatureUnderAnotherUserIdDoesNotVerify() throws Exception {
		byte[] text = "x\n".getBytes(StandardCharsets.UTF_8);
		byte[] signature = LOG.sign(text);

		Signature jca = Signature.getInstance("SM3withSM2", new BouncyCastleProvider());
		jca.setParameter(new SM2ParameterSpec(new byte[0]));
		jca.initVerify(jcaPublicKey(Sm2Keys.keyOf(LOG.verifierKey().typeAndKey())));
		jca.update(text);

		assertThat(jca.verify(signature)).isFalse();
	}

	@Test
	void tamperedTextFails() {
		SignedNote note = SignedNote.unsigned("a\n").sign(LOG);
		SignedNote tampered = SignedNote.parse(note.toString().replaceFirst("a\n", "b\n"));

		assertThatThrownBy(() -> tampered.verifiedBy(LOG.verifierKey().verifier())).isInstanceOf(InvalidSignatureException.class);
	}

	@Test
	void signerKeyRoundTrips() {
		NoteSigner again = SignerKey.parse(LOG.signerKey().encoded()).signer(Clock.systemUTC());

		assertThat(again.verifierKey()).isEqualTo(LOG.verifierKey());
	}

	private static PublicKey jcaPublicKey(byte[] point) throws Exception {
		ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec("sm2p256v1");
		return KeyFactory.getInstance("EC", new BouncyCastleProvider())
				.generatePublic(new ECPublicKeySpec(curve.getCurve().decodePoint(point), curve));
	}
}
