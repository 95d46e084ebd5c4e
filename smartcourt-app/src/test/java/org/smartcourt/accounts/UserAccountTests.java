package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.internal.UserAccount;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;

/** The lockout rule: five wrong passwords in a row lock the account for fifteen minutes. */
class UserAccountTests {

	private static final Instant T0 = Instant.parse("2026-11-29T02:00:00Z");

	private final UserAccount account = UserAccount.open("judge-x", "hash", "测试法官", Role.JUDGE,
			new CourtId("220100"), null, T0);

	@Test
	void fourFailuresDoNotLock() {
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(T0.plusSeconds(i));
		}
		assertThat(account.isLockedAt(T0.plusSeconds(5))).isFalse();
		assertThat(account.failedAttempts()).isEqualTo(4);
	}

	@Test
	void fifthFailureLocksForFifteenMinutes() {
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(T0);
		}
		assertThat(account.isLockedAt(T0)).isTrue();
		assertThat(account.isLockedAt(T0.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
		assertThat(account.isLockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresWhileLockedDoNotExtendTheLock() {
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(T0);
		}
		account.recordFailedLogin(T0.plus(Duration.ofMinutes(10)));
		assertThat(account.lockedUntil()).contains(T0.plus(Duration.ofMinutes(15)));
	}

	@Test
	void successResetsTheCount() {
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(T0);
		}
		account.recordSuccessfulLogin();
		account.recordFailedLogin(T0);
		assertThat(account.failedAttempts()).isEqualTo(1);
		assertThat(account.isLockedAt(T0)).isFalse();
	}

	@Test
	void staffNeedACourtAndPartiesHaveNone() {
		UserAccount litigant = UserAccount.open("p", "hash", "当事人", Role.LITIGANT, new CourtId("220100"), null, T0);
		assertThat(litigant.court()).isEmpty();
		org.assertj.core.api.Assertions
			.assertThatIllegalArgumentException()
			.isThrownBy(() -> UserAccount.open("s", "hash", "法官", Role.JUDGE, null, null, T0));
	}
}
