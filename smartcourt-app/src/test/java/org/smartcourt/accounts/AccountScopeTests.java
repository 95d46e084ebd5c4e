package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Everyone reads their own account; an IT admin reads their court's accounts; nobody else reads anyone's. */
@IntegrationTest
class AccountScopeTests {

	@LocalServerPort
	int port;

	private String idOf(TestApi api, String username) {
		return api.get("/api/v1/accounts/me", api.token(username)).json().get("id").asString();
	}

	@Test
	void aLitigantReadsTheirOwnAccountButNotAnothers() {
		TestApi api = new TestApi(port);
		String token = api.token("litigant");
		TestApi.Response me = api.get("/api/v1/accounts/me", token);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo("litigant");
		assertThat(me.json().get("mobileMasked").asString()).isEqualTo("138****0001");
		assertThat(me.body()).doesNotContain("password").doesNotContain("13800000001");

		String lawyerId = idOf(api, "lawyer");
		TestApi.Response other = api.get("/api/v1/accounts/" + lawyerId, token);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.json().get("type").asString()).isEqualTo("/problems/account-not-found");
	}

	@Test
	void aJudgeCannotReadAColleaguesAccount() {
		TestApi api = new TestApi(port);
		assertThat(api.get("/api/v1/accounts/" + idOf(api, "clerk"), api.token("judge")).status()).isEqualTo(404);
	}

	@Test
	void anItAdminReadsAccountsOfTheirCourtOnly() {
		TestApi api = new TestApi(port);
		String judgeAtIntermediate = idOf(api, "judge");
		String judgeAtBasic = idOf(api, "judge-0104");
		assertThat(api.get("/api/v1/accounts/" + judgeAtIntermediate, api.token("it-admin")).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/accounts/" + judgeAtIntermediate, api.token("it-admin-0104")).status())
			.isEqualTo(404);
		assertThat(api.get("/api/v1/accounts/" + judgeAtBasic, api.token("it-admin-0104")).status()).isEqualTo(200);
	}
}
