package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 账号管理: an IT admin opens, unlocks, disables and enables staff accounts of their court and the courts below. */
@IntegrationTest
class AccountAdministrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private static Map<String, Object> staff(String username, String court) {
		Map<String, Object> body = new HashMap<>();
		body.put("username", username);
		body.put("displayName", "新法官");
		body.put("role", "JUDGE");
		body.put("court", court);
		body.put("initialPassword", "Initial#2026");
		return body;
	}

	@Test
	void opensAnAccountThatCanSignIn() {
		TestApi api = new TestApi(port);
		TestApi.Response created = api.post("/api/v1/admin/accounts", api.token("it-admin"),
				staff("judge-new-0104", "220104"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("courtId").asString()).isEqualTo("220104");
		assertThat(api.token("judge-new-0104", "Initial#2026")).isNotBlank();
		assertThat(jdbc.sql("select count(*) from audit_record where action = 'account.create' and outcome = 'SUCCESS'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void badInputIsRefusedFieldByFieldAndChangesNothing() {
		TestApi api = new TestApi(port);
		Map<String, Object> body = staff("X", "220100");
		body.put("initialPassword", "short");
		body.put("displayName", "");
		long before = jdbc.sql("select count(*) from user_account").query(Long.class).single();
		TestApi.Response response = api.post("/api/v1/admin/accounts", api.token("it-admin"), body);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("username",
				"displayName", "initialPassword");
		assertThat(response.json().get("errors").findValuesAsString("message")).contains("密码至少8位");
		assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aTakenUsernameIsAConflict() {
		TestApi api = new TestApi(port);
		TestApi.Response response = api.post("/api/v1/admin/accounts", api.token("it-admin"), staff("judge", "220100"));
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString()).contains("已被使用");
	}

	@Test
	void aBasicCourtAdminCannotOpenAccountsAtTheIntermediateCourt() {
		TestApi api = new TestApi(port);
		assertThat(api.post("/api/v1/admin/accounts", api.token("it-admin-0104"), staff("judge-x1", "220100")).status())
			.isEqualTo(403);
	}

	@Test
	void unlockDisableAndEnable() {
		TestApi api = new TestApi(port);
		String admin = api.token("it-admin");
		String id = api.post("/api/v1/admin/accounts", admin, staff("clerk-cycle", "220100")).json().get("id").asString();
		for (int i = 0; i < 5; i++) {
			api.post("/api/v1/auth/token", null, Map.of("username", "clerk-cycle", "password", "Wrong#" + i));
		}
		assertThat(api.post("/api/v1/auth/token", null, Map.of("username", "clerk-cycle", "password", "Initial#2026"))
			.status()).isEqualTo(403);

		assertThat(api.post("/api/v1/admin/accounts/" + id + "/unlock", api.token("it-admin-0104"), Map.of()).status())
			.as("outside the basic court admin's scope")
			.isEqualTo(404);
		TestApi.Response unlocked = api.post("/api/v1/admin/accounts/" + id + "/unlock", admin, Map.of());
		assertThat(unlocked.status()).isEqualTo(200);
		assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
		String token = api.token("clerk-cycle", "Initial#2026");

		assertThat(api.post("/api/v1/admin/accounts/" + id + "/disable", admin, Map.of()).status()).isEqualTo(200);
		TestApi.Response disabled = api.post("/api/v1/auth/token", null,
				Map.of("username", "clerk-cycle", "password", "Initial#2026"));
		assertThat(disabled.json().get("type").asString()).isEqualTo("/problems/account-disabled");
		assertThat(api.get("/api/v1/accounts/me", token).status()).as("tokens of a disabled account stop working")
			.isEqualTo(401);

		assertThat(api.post("/api/v1/admin/accounts/" + id + "/enable", admin, Map.of()).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/accounts/me", token).status()).isEqualTo(200);
	}

	@Test
	void otherRolesCannotAdministerAccounts() {
		TestApi api = new TestApi(port);
		assertThat(api.get("/api/v1/admin/accounts", api.token("president")).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/admin/accounts", api.token("litigant")).status()).isEqualTo(403);
	}
}
