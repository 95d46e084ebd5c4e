package org.smartcourt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B test vectors (SHA-1) and the ±1 step window. */
class TotpTests {

	private static final byte[] SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void matchesTheRfc6238TestVectors() {
		assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
		assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
		assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1111111111)), 8)).isEqualTo("14050471");
		assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
		assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(2000000000)), 8)).isEqualTo("69279037");
		assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
		assertThat(Totp.code(SECRET, Totp.step(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
	}

	@Test
	void acceptsOneStepEitherSideButNoMore() {
		Instant t = Instant.ofEpochSecond(59);
		assertThat(Totp.verify(SECRET, "287082", t)).isTrue();
		assertThat(Totp.verify(SECRET, "287082", t.plusSeconds(30))).isTrue();
		assertThat(Totp.verify(SECRET, "287082", t.minusSeconds(29))).isTrue();
		assertThat(Totp.verify(SECRET, "287082", t.plusSeconds(61))).isFalse();
		assertThat(Totp.verify(SECRET, "287083", t)).isFalse();
		assertThat(Totp.verify(SECRET, "abc", t)).isFalse();
		assertThat(Totp.verify(SECRET, null, t)).isFalse();
	}

	@Test
	void base32RoundTripsAndBuildsTheKeyUri() {
		assertThat(Base32.encode(SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(SECRET);
		assertThat(Totp.uri("吉林法院", "it-admin", "ABC")).startsWith("otpauth://totp/")
			.contains("secret=ABC")
			.contains("period=30");
	}
}
