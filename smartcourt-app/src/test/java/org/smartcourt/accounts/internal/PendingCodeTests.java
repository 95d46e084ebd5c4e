package org.smartcourt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** 短信验证码: five minutes, five guesses, bound to its number. */
class PendingCodeTests {

	private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
	private static final String MOBILE = "13912345678";

	@Test
	void matchesOnlyItsOwnCodeAndNumber() {
		PendingCode pending = PendingCode.issue(MOBILE, "123456", NOW);
		assertThat(pending.codeHash()).doesNotContain("123456");
		assertThat(pending.check(MOBILE, "123456", NOW)).isEqualTo(PendingCode.Check.MATCH);
		assertThat(pending.check(MOBILE, "123457", NOW)).isEqualTo(PendingCode.Check.WRONG);
		assertThat(pending.check("13912345679", "123456", NOW)).isEqualTo(PendingCode.Check.WRONG);
	}

	@Test
	void expiresAfterFiveMinutes() {
		PendingCode pending = PendingCode.issue(MOBILE, "123456", NOW);
		assertThat(pending.check(MOBILE, "123456", NOW.plusSeconds(299))).isEqualTo(PendingCode.Check.MATCH);
		assertThat(pending.check(MOBILE, "123456", NOW.plusSeconds(300))).isEqualTo(PendingCode.Check.EXPIRED);
	}

	@Test
	void locksAfterFiveWrongGuesses() {
		PendingCode pending = PendingCode.issue(MOBILE, "123456", NOW);
		for (int attempts = 0; attempts < PendingCode.MAX_ATTEMPTS; attempts++) {
			PendingCode after = new PendingCode(pending.codeHash(), pending.expiresAt(), attempts);
			assertThat(after.check(MOBILE, "123456", NOW)).isEqualTo(PendingCode.Check.MATCH);
			assertThat(after.remainingAfterWrongGuess()).isEqualTo(PendingCode.MAX_ATTEMPTS - attempts - 1);
		}
		PendingCode locked = new PendingCode(pending.codeHash(), pending.expiresAt(), PendingCode.MAX_ATTEMPTS);
		assertThat(locked.check(MOBILE, "123456", NOW)).isEqualTo(PendingCode.Check.LOCKED);
	}
}
