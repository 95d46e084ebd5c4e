package org.smartcourt.ledger.core.tsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.bouncycastle.tsp.TimeStampRequest;
import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.tsa.InvalidTimestampException.Reason;

class TimestampTokenVerifierTests {

	static final Instant NOW = Instant.parse("2026-11-29T06:30:00Z");
	static final byte[] CHECKPOINT = "ledger.jlcourt.gov.cn/evidence/2026\n8\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"
			.getBytes(StandardCharsets.UTF_8);

	static final LocalTimestampAuthority TSA = LocalTimestampAuthority.generate("SmartCourt test TSA",
			LocalTimestampAuthority.KeyType.EC_P256, Clock.fixed(NOW, ZoneOffset.UTC));

	final TimestampTokenVerifier verifier = TimestampTokenVerifier.trusting(TSA.rootCertificatePem().getBytes(StandardCharsets.US_ASCII));

	@Test
	void aTokenOverTheCheckpointVerifiesWithItsTimeSerialNameAndPolicy() {
		TimestampToken token = TSA.client(ImprintAlgorithm.SHA_256).stamp(CHECKPOINT);

		VerifiedTimestamp verified = verifier.verify(token.encoded(), CHECKPOINT);

		assertThat(verified.genTime()).isEqualTo(NOW);
		assertThat(verified.serialNumber()).isPositive();
		assertThat(verified.tsaName()).hasValueSatisfying(name -> assertThat(name).contains("CN=SmartCourt test TSA"));
		assertThat(verified.policy()).isEqualTo(LocalTimestampAuthority.POLICY);
		assertThat(verified.algorithm()).isEqualTo(ImprintAlgorithm.SHA_256);
		assertThat(verified.signer()).contains("CN=SmartCourt test TSA");
		assertThat(verified.root()).contains("Root CA");
	}

	@Test
	void serialNumbersAreDistinct() {
		TimestampClient client = TSA.client(ImprintAlgorithm.SHA_256);

		assertThat(client.stamp(CHECKPOINT).serialNumber()).isNotEqualTo(client.stamp(CHECKPOINT).serialNumber());
	}

	@Test
	void anSm3ImprintWorks() {
		TimestampToken token = TSA.client(ImprintAlgorithm.SM3).stamp(CHECKPOINT);

		assertThat(token.imprintAlgorithm()).isEqualTo(ImprintAlgorithm.SM3);
		assertThat(token.imprint()).isEqualTo(ImprintAlgorithm.SM3.digest(CHECKPOINT));
		assertThat(verifier.verify(token, CHECKPOINT).algorithm()).isEqualTo(ImprintAlgorithm.SM3);
	}

	@Test
	void sm3DigestMatchesTheGbT32905Vector() {
		assertThat(HexFormat.of().formatHex(ImprintAlgorithm.SM3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
				.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void rsaKeysWorkToo() {
		LocalTimestampAuthority rsa = LocalTimestampAuthority.generate("RSA TSA", LocalTimestampAuthority.KeyType.RSA_2048,
				Clock.systemUTC());
		TimestampToken token = rsa.client(ImprintAlgorithm.SHA_256).stamp(CHECKPOINT);

		assertThat(new TimestampTokenVerifier(rsa.rootCertificate()).verify(token, CHECKPOINT).signer()).contains("CN=RSA TSA");
	}

	@Test
	void tamperedDataIsAnImprintMismatch() {
		byte[] token = TSA.client(ImprintAlgorithm.SHA_256).stamp(CHECKPOINT).encoded();
		byte[] other = "ledger.jlcourt.gov.cn/evidence/2026\n9\nXcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=\n"
				.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> verifier.verify(token, other))
				.isInstanceOfSatisfying(InvalidTimestampException.class, e -> assertThat(e.reason()).isEqualTo(Reason.IMPRINT_MISMATCH));
	}

	@Test
	void aTokenFromAnotherTsaIsUntrusted() {
		LocalTimestampAuthority stranger = LocalTimestampAuthority.generate("Stranger TSA");
		byte[] token = stranger.client(ImprintAlgorithm.SHA_256).stamp(CHECKPOINT).encoded();

		assertThatThrownBy(() -> verifier.verify(token, CHECKPOINT))
				.isInstanceOfSatisfying(InvalidTimestampException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED_CHAIN));
	}

	@Test
	void anAlteredTstInfoBreaksTheSignature() {
		byte[] token = TSA.client(ImprintAlgorithm.SHA_256).stamp(CHECKPOINT).encoded();
		// DER of the policy OID 1.3.6.1.5.5.7.13.1; changing its last arc keeps the structure well-formed
		byte[] policy = {0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x0d, 0x01};
		int at = indexOf(token, policy);
		assertThat(at).isPositive();
		token[at + policy.length - 1] = 0x02;

		assertThatThrownBy(() -> verifier.verify(token, CHECKPOINT))
				.isInstanceOfSatisfying(InvalidTimestampException.class,
						e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.BAD_SIGNATURE));
	}

	@Test
	void aCertificateWithoutTheTimestampingUsageIsRejected() {
		byte[] token = HandMadeTokens.signedWithoutTimestampingUsage(CHECKPOINT, false);

		assertThatThrownBy(() -> new TimestampTokenVerifier(HandMadeTokens.ROOT).verify(token, CHECKPOINT))
				.isInstanceOfSatisfying(InvalidTimestampException.class,
						e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_TSA_CERTIFICATE));
	}

	@Test
	void aNonCriticalTimestampingUsageIsRejected() {
		byte[] token = HandMadeTokens.signedWithoutTimestampingUsage(CHECKPOINT, true);

		assertThatThrownBy(() -> new TimestampTokenVerifier(HandMadeTokens.ROOT).verify(token, CHECKPOINT))
				.isInstanceOfSatisfying(InvalidTimestampException.class,
						e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_TSA_CERTIFICATE));
	}

	@Test
	void garbageIsMalformed() {
		assertThatThrownBy(() -> verifier.verify(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}, CHECKPOINT))
				.isInstanceOfSatisfying(InvalidTimestampException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED));
	}

	@Test
	void theAuthorityRejectsAMalformedRequestWithAResponseNotAnException() {
		TimeStampRequest request = TimestampRequests.forData(CHECKPOINT, ImprintAlgorithm.SHA_256);

		byte[] answer = TSA.respond(new byte[] {1, 2, 3});

		assertThatThrownBy(() -> TimestampResponses.validate(request, answer))
				.isInstanceOfSatisfying(InvalidTimestampException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));
	}

	@Test
	void aResponseToAnotherRequestIsAMismatch() throws Exception {
		TimeStampRequest mine = TimestampRequests.forData(CHECKPOINT, ImprintAlgorithm.SHA_256);
		TimeStampRequest theirs = TimestampRequests.forData(CHECKPOINT, ImprintAlgorithm.SHA_256);

		byte[] answer = TSA.respond(theirs.getEncoded());

		assertThatThrownBy(() -> TimestampResponses.validate(mine, answer))
				.isInstanceOfSatisfying(InvalidTimestampException.class,
						e -> assertThat(e.reason()).isEqualTo(Reason.RESPONSE_MISMATCH));
	}

	@Test
	void requestsAskForTheCertificateAndCarryANonce() {
		TimeStampRequest request = TimestampRequests.forData(CHECKPOINT, ImprintAlgorithm.SM3);

		assertThat(request.getCertReq()).isTrue();
		assertThat(request.getNonce()).isNotNull();
		assertThat(request.getMessageImprintAlgOID()).isEqualTo(ImprintAlgorithm.SM3.oid());
	}

	@Test
	void theRootCertificateReadsFromPemAndDer() throws Exception {
		assertThat(TimestampTokenVerifier.readCertificate(TSA.rootCertificate().getEncoded())).isEqualTo(TSA.rootCertificate());
		assertThat(TimestampTokenVerifier.readCertificate(TSA.rootCertificatePem().getBytes(StandardCharsets.US_ASCII)))
				.isEqualTo(TSA.rootCertificate());
		assertThatThrownBy(() -> TimestampTokenVerifier.readCertificate("no certificate".getBytes(StandardCharsets.US_ASCII)))
				.isInstanceOf(IllegalArgumentException.class);
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
