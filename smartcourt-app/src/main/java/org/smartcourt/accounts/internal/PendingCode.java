package org.smartcourt.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A 短信验证码 waiting to be used: valid for {@link #VALIDITY}, and after {@value #MAX_ATTEMPTS} wrong guesses it
 * is locked, so six digits cannot be guessed. Only the hash of the code is held.
 */
record PendingCode(String codeHash, Instant expiresAt, int attempts) {

	static final Duration VALIDITY = Duration.ofMinutes(5);
	static final int MAX_ATTEMPTS = 5;

	/** What checking a code against this pending one found. */
	enum Check {
		MATCH, WRONG, EXPIRED, LOCKED
	}

	static PendingCode issue(String mobile, String code, Instant now) {
		return new PendingCode(hash(mobile, code), now.plus(VALIDITY), 0);
	}

	Check check(String mobile, String code, Instant now) {
		if (!expiresAt.isAfter(now)) {
			return Check.EXPIRED;
		}
		if (attempts >= MAX_ATTEMPTS) {
			return Check.LOCKED;
		}
		return MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
				hash(mobile, code).getBytes(StandardCharsets.US_ASCII)) ? Check.MATCH : Check.WRONG;
	}

	/** Attempts left after one more wrong guess. */
	int remainingAfterWrongGuess() {
		return Math.max(0, MAX_ATTEMPTS - attempts - 1);
	}

	/** Salted with the mobile number, so equal codes for different numbers hash differently. */
	static String hash(String mobile, String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest((mobile + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
