package org.smartcourt.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The /register page without script: send the code, see field errors in Chinese, register, reach the success page. */
@IntegrationTest
class RegistrationPageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void registersThroughThePage() throws Exception {
		TestApi api = new TestApi(port);
		String mobile = Registering.mobile();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "NATURAL_PERSON");
		form.put("realName", "李四");
		form.put("idNumber", "110105194912310021");
		form.put("mobile", mobile);
		form.put("username", Registering.username());
		form.put("password", Registering.PASSWORD);

		String page = send(api, "GET", "/register", null).body();
		form.put("_csrf", csrf(page));
		HttpResponse<String> sent = send(api, "POST", "/register/otp", form);
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("验证码已发送").contains("value=\"" + mobile + "\"")
			.doesNotContain(Registering.PASSWORD);

		form.put("code", new Registering(api, jdbc).latestCode(mobile));
		form.put("_csrf", csrf(sent.body()));
		HttpResponse<String> invalid = send(api, "POST", "/register", form);
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("aria-invalid=\"true\"")
			.contains("aria-describedby=\"idNumber-hint idNumber-error\"")
			.contains("id=\"idNumber-error\"")
			.contains("校验位不正确");

		form.put("idNumber", Registering.idNumber());
		form.put("_csrf", csrf(invalid.body()));
		HttpResponse<String> done = send(api, "POST", "/register", form);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		HttpResponse<String> success = send(api, "GET", "/register/done", null);
		assertThat(success.body()).contains("注册成功").contains("/login").contains("**********");
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("csrf token").isTrue();
		return m.group(1);
	}

	private HttpResponse<String> send(TestApi api, String method, String path, Map<String, String> form)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + path));
		if (form == null) {
			request.GET();
		}
		else {
			StringBuilder body = new StringBuilder();
			form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			request.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		}
		return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
