package org.smartcourt.ledger.core.tsa;

import java.math.BigInteger;
import java.security.SecureRandom;

import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;

/**
 * Builds RFC 3161 {@code TimeStampReq}s (§2.4.1): the imprint of the data under SHA-256 or SM3, a fresh 64-bit nonce
 * and {@code certReq = true}, so that the token carries the TSA certificate an offline verifier needs. Send
 * {@code getEncoded()} as {@value TimestampAuthority#QUERY_MEDIA_TYPE}.
 */
public final class TimestampRequests {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TimestampRequests() {
	}

	/** A request for a token over {@code data}, with a random nonce. */
	public static TimeStampRequest forData(byte[] data, ImprintAlgorithm algorithm) {
		return forData(data, algorithm, new BigInteger(64, RANDOM));
	}

	/** A request for a token over {@code data} with the given nonce. */
	public static TimeStampRequest forData(byte[] data, ImprintAlgorithm algorithm, BigInteger nonce) {
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		return generator.generate(algorithm.oid(), algorithm.digest(data), nonce);
	}
}
