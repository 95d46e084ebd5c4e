package org.smartcourt.accounts.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 动态口令 (time-based one-time password, RFC 6238) with HMAC-SHA1, a 30 second step and 6 digits, as authenticator
 * apps use by default. A code is accepted in the current step and one step either side, for clock drift.
 */
final class Totp {

	static final int DIGITS = 6;
	static final long STEP_SECONDS = 30;
	private static final int WINDOW = 1;

	private Totp() {
	}

	/** The code for the given time step (RFC 4226 dynamic truncation). */
	static String code(byte[] secret, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			long modulus = (long) Math.pow(10, digits);
			return String.format("%0" + digits + "d", binary % modulus);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long step(Instant time) {
		return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
	}

	/** Whether the 6-digit code matches at {@code now}, give or take one step. */
	static boolean verify(byte[] secret, String code, Instant now) {
		return matchingStep(secret, code, now).isPresent();
	}

	/** The time step (now, or one either side) whose code the given one is. */
	static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
		if (code == null || !code.trim().matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		byte[] given = code.trim().getBytes();
		long current = step(now);
		OptionalLong match = OptionalLong.empty();
		for (long s = current - WINDOW; s <= current + WINDOW; s++) {
			if (MessageDigest.isEqual(given, code(secret, s, DIGITS).getBytes())) {
				match = OptionalLong.of(s);
			}
		}
		return match;
	}

	/** otpauth:// URI that authenticator apps import (Key URI format). */
	static String uri(String issuer, String account, String base32Secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}
}
