package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.smartcourt.accounts.internal.UserAccount;
import org.smartcourt.accounts.internal.UserAccountRepository;
import org.smartcourt.shared.CourtId;
import org.smartcourt.shared.Role;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Five wrong passwords lock an account for 15 minutes, through the API and the form alike, even under races. */
@IntegrationTest
class LoginLockoutTests {

	private static final String PASSWORD = "Lockout#2026";

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	private String newAccount(String username) {
		accounts.insert(UserAccount.open(username, encoder.encode(PASSWORD), "锁定测试", Role.CLERK,
				new CourtId("220100"), null, clock.instant()));
		return username;
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
		TestApi api = new TestApi(port);
		String username = newAccount("lockout-api");
		for (int i = 0; i < 4; i++) {
			TestApi.Response wrong = api.post("/api/v1/auth/token", null,
					Map.of("username", username, "password", "Wrong#pass" + i));
			assertThat(wrong.status()).isEqualTo(400);
			assertThat(wrong.json().get("type").asString()).isEqualTo("/problems/bad-credentials");
		}
		assertThat(api.post("/api/v1/auth/token", null, Map.of("username", username, "password", PASSWORD)).status())
			.as("the right password still works after four failures")
			.isEqualTo(200);

		for (int i = 0; i < 5; i++) {
			api.post("/api/v1/auth/token", null, Map.of("username", username, "password", "Wrong#pass" + i));
		}
		TestApi.Response locked = api.post("/api/v1/auth/token", null,
				Map.of("username", username, "password", PASSWORD));
		assertThat(locked.status()).isEqualTo(403);
		assertThat(locked.json().get("type").asString()).isEqualTo("/problems/account-locked");
		assertThat(locked.json().get("title").asString()).isEqualTo("账号已锁定");

		UserAccount account = accounts.findByUsername(username).orElseThrow();
		assertThat(account.lockedUntil()).isPresent();
		assertThat(account.lockedUntil().get()).isAfter(clock.instant().plusSeconds(14 * 60));
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'account.login' and username = ? "
				+ "and outcome = 'FAILURE'").param(username).query(Long.class).single()).isEqualTo(9);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'account.login' and username = ? "
				+ "and outcome = 'DENIED'").param(username).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void parallelWrongGuessesCannotSlipPastTheLimit() throws Exception {
		TestApi api = new TestApi(port);
		String username = newAccount("lockout-race");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> guesses = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				int n = i;
				guesses.add(() -> api
					.post("/api/v1/auth/token", null, Map.of("username", username, "password", "Guess#" + n))
					.status());
			}
			for (Future<Integer> result : pool.invokeAll(guesses)) {
				assertThat(result.get()).isIn(400, 403);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(api.post("/api/v1/auth/token", null, Map.of("username", username, "password", PASSWORD)).status())
			.isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'account.login' and username = ? "
				+ "and detail = 'wrong password; account locked'").param(username).query(Long.class).single())
			.as("the account was locked exactly once, after exactly five counted failures")
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'account.login' and username = ? "
				+ "and detail = 'wrong password'").param(username).query(Long.class).single()).isEqualTo(4);
	}
}
