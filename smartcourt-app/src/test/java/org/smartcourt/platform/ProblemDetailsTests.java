package org.smartcourt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every API error is RFC 9457 Problem Details with a stable type, Chinese title and detail, and the request id. */
@IntegrationTest
class ProblemDetailsTests {

	@LocalServerPort
	int port;

	private void assertProblem(TestApi.Response response, int status, String type, String title) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(status);
		assertThat(response.json().get("type").asString()).isEqualTo(type);
		assertThat(response.json().get("title").asString()).isEqualTo(title);
		assertThat(response.json().get("detail").asString()).isNotBlank().matches(".*\\p{IsHan}.*");
		assertThat(response.json().get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void unauthenticatedIs401() {
		TestApi api = new TestApi(port);
		TestApi.Response response = api.get("/api/v1/accounts/me", null);
		assertProblem(response, 401, "/problems/unauthenticated", "未登录");
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertProblem(api.get("/api/v1/accounts/me", "not-a-real-token"), 401, "/problems/unauthenticated", "未登录");
	}

	@Test
	void forbiddenIs403() {
		TestApi api = new TestApi(port);
		assertProblem(api.get("/api/v1/audit", api.token("litigant")), 403, "/problems/forbidden", "无权操作");
	}

	@Test
	void unknownPathIs404() {
		TestApi api = new TestApi(port);
		assertProblem(api.get("/api/v1/no-such-thing", api.token("judge")), 404, "/problems/not-found", "未找到");
	}

	@Test
	void wrongMethodIs405() {
		TestApi api = new TestApi(port);
		assertProblem(api.delete("/api/v1/accounts/me", api.token("judge")), 405, "/problems/method-not-allowed",
				"请求方法不允许");
	}

	@Test
	void invalidInputIs400WithFieldErrors() {
		TestApi api = new TestApi(port);
		TestApi.Response response = api.post("/api/v1/auth/token", null, Map.of("username", " "));
		assertProblem(response, 400, "/problems/validation-failed", "输入有误");
		assertThat(response.json().get("errors")).hasSize(2);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("username",
				"password");
		assertThat(response.json().get("errors").findValuesAsString("message")).contains("请输入用户名", "请输入密码");
	}

	@Test
	void malformedJsonIs400() {
		TestApi api = new TestApi(port);
		assertProblem(api.postRaw("/api/v1/auth/token", null, "application/json", "{not json"), 400,
				"/problems/bad-request", "请求有误");
	}

	@Test
	void wrongContentTypeIs415() {
		TestApi api = new TestApi(port);
		assertProblem(api.postRaw("/api/v1/auth/token", null, "text/plain", "hello"), 415,
				"/problems/unsupported-media-type", "不支持的内容类型");
	}

	@Test
	void pagesGetAChineseErrorPageNotAStackTrace() {
		TestApi api = new TestApi(port);
		TestApi.Response response = api.getAny("/no-such-page", null);
		assertThat(response.status()).isIn(302, 404);
	}
}
