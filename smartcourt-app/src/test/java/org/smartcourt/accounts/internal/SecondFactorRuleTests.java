package org.smartcourt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.smartcourt.shared.SmartCourtMode;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;

/** Who must give a 动态口令: anyone enrolled, and IT admins in production mode even before enrolling. */
class SecondFactorRuleTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC);

	private static UserAccount account(Role role) {
		return UserAccount.open(role.slug(), "hash", "名字", role, new CourtId("220100"), null, CLOCK.instant());
	}

	@Test
	void itAdminsMustEnrolInProductionOnly() {
		SecondFactor production = new SecondFactor(null, null, SmartCourtMode.PRODUCTION, null, CLOCK);
		SecondFactor demo = new SecondFactor(null, null, SmartCourtMode.DEMO, null, CLOCK);
		assertThat(production.required(account(Role.IT_ADMIN))).isTrue();
		assertThat(demo.required(account(Role.IT_ADMIN))).isFalse();
		assertThat(production.required(account(Role.JUDGE))).isFalse();
	}

	@Test
	void anEnrolledAccountAlwaysNeedsTheCode() {
		UserAccount judge = account(Role.JUDGE);
		judge.enrollTotp("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(new SecondFactor(null, null, SmartCourtMode.DEMO, null, CLOCK).required(judge)).isTrue();
	}
}
