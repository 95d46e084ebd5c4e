package org.smartcourt.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.shared.Role;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signing in to an account with a 动态口令: the API token needs it, and form login asks for it on a second step. */
@IntegrationTest
class SecondFactorSignInTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	Clock clock;

	TestApi api;
	String username;
	byte[] secret;

	@BeforeEach
	void enrolledAccount() {
		api = new TestApi(port);
		username = "totp-" + System.nanoTime();
		UserAccount account = UserAccount.open(username, encoder.encode(TestApi.DEMO_PASSWORD), "双因素", Role.LITIGANT,
				null, null, clock.instant());
		accounts.insert(account);
		String base32 = secondFactor.newSecret();
		secret = Base32.decode(base32);
		// the previous step's code is still accepted, and leaves the current one unused
		secondFactor.enrol(account.id(), base32, Totp.code(secret, Totp.step(clock.instant()) - 1, 6));
	}

	private String code() {
		return Totp.code(secret, Totp.step(clock.instant()), 6);
	}

	@Test
	void theApiTokenNeedsTheCode() {
		TestApi.Response missing = api.post("/api/v1/auth/token", null,
				Map.of("username", username, "password", TestApi.DEMO_PASSWORD));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("type").asString()).endsWith("/problems/totp-required");

		String wrong = code().equals("000000") ? "111111" : "000000";
		TestApi.Response bad = api.post("/api/v1/auth/token", null,
				Map.of("username", username, "password", TestApi.DEMO_PASSWORD, "totp", wrong));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("type").asString()).endsWith("/problems/totp-invalid");

		String current = code();
		TestApi.Response ok = api.post("/api/v1/auth/token", null,
				Map.of("username", username, "password", TestApi.DEMO_PASSWORD, "totp", current));
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		TestApi.Response replayed = api.post("/api/v1/auth/token", null,
				Map.of("username", username, "password", TestApi.DEMO_PASSWORD, "totp", current));
		assertThat(replayed.status()).as("a code is accepted only once").isEqualTo(400);
		assertThat(api.token("judge")).isNotBlank();
	}

	@Test
	void formLoginAsksForTheCodeBeforeTheSessionIsSignedIn() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String loginPage = get(browser, "/login").body();
		HttpResponse<String> afterPassword = post(browser, "/login",
				Map.of("username", username, "password", TestApi.DEMO_PASSWORD, "_csrf", csrf(loginPage)));
		assertThat(afterPassword.statusCode()).isEqualTo(302);
		assertThat(afterPassword.headers().firstValue("Location").orElseThrow()).endsWith("/login/totp");

		HttpResponse<String> home = get(browser, "/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login/totp");
		assertThat(get(browser, "/account/password").statusCode()).isEqualTo(302);

		String totpPage = get(browser, "/login/totp").body();
		assertThat(totpPage).contains("动态口令");
		HttpResponse<String> wrong = post(browser, "/login/totp", Map.of("code", "abcdef", "_csrf", csrf(totpPage)));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("aria-invalid=\"true\"");

		HttpResponse<String> done = post(browser, "/login/totp", Map.of("code", code(), "_csrf", csrf(wrong.body())));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		HttpResponse<String> signedIn = get(browser, "/account/password");
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.body()).contains("双因素");
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("csrf token in page").isTrue();
		return m.group(1);
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(api.base() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return browser.send(HttpRequest.newBuilder(URI.create(api.base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
