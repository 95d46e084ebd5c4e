package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Form login: CSRF-protected, session kept in PostgreSQL (so nodes share it), security headers on every page. */
@IntegrationTest
class WebSessionSecurityTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private HttpClient browserLikeClient() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> postForm(HttpClient client, String path, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Test
	void loginWithoutTheCsrfTokenIsRefused() throws Exception {
		HttpClient client = browserLikeClient();
		HttpResponse<String> response = postForm(client, "/login",
				"username=judge&password=" + enc(TestApi.DEMO_PASSWORD));
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void formLoginCreatesASessionStoredInPostgres() throws Exception {
		HttpClient client = browserLikeClient();
		HttpResponse<String> page = get(client, "/login");
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		long before = jdbc.sql("select count(*) from spring_session where principal_name = 'assistant'")
			.query(Long.class)
			.single();

		HttpResponse<String> login = postForm(client, "/login",
				"username=assistant&password=" + enc(TestApi.DEMO_PASSWORD) + "&_csrf=" + enc(csrf.group(1)));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");

		HttpResponse<String> home = get(client, "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("陈助理，您好").contains("法官助理");
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'assistant'")
			.query(Long.class)
			.single()).isEqualTo(before + 1);
		assertThat(jdbc.sql("select max(max_inactive_interval) from spring_session where principal_name = 'assistant'")
			.query(Integer.class)
			.single()).as("idle timeout of 30 minutes").isEqualTo(1800);
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		HttpResponse<String> page = get(browserLikeClient(), "/login");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		HttpResponse<String> response = get(browserLikeClient(), "/admin/audit");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void problemTypesArePagesThatExplainThemselves() throws Exception {
		HttpResponse<String> page = get(browserLikeClient(), "/problems/account-locked");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("账号已锁定");
		assertThat(get(browserLikeClient(), "/problems/no-such-problem").statusCode()).isEqualTo(404);
	}
}
