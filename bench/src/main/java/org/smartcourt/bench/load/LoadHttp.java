package org.smartcourt.bench.load;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load's HTTP/1.1 client (keep-alive, one connection pool for all virtual users) against one or more app nodes,
 * taken in turn. Every request is timed and recorded under its operation name, whatever it answers; a request that
 * gets no answer (timeout, refused connection) is recorded with status 0.
 */
final class LoadHttp {

	static final String DEMO_PASSWORD = "Court@2026demo";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** An answer: status (0 if none) and body. */
	record Answer(int status, String body) {

		boolean ok() {
			return status >= 200 && status < 300;
		}
	}

	private final List<String> bases;
	private final LoadStats stats;
	private final Duration timeout;
	private final AtomicLong turn = new AtomicLong();
	private final HttpClient http;
	private final JsonMapper json = JsonMapper.builder().build();

	LoadHttp(List<String> bases, LoadStats stats, Duration timeout) {
		this.bases = List.copyOf(bases);
		this.stats = stats;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	JsonMapper json() {
		return json;
	}

	/** Signs in through the API (token) and the login form (session cookie). */
	Account signIn(String username, String courtId) throws Exception {
		HttpResponse<String> token = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json").timeout(timeout)
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("username", username,
					"password", DEMO_PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
		if (token.statusCode() != 200) {
			throw new IllegalStateException("sign-in of " + username + " answered " + token.statusCode() + ": "
					+ token.body());
		}
		return new Account(username, courtId, json.readTree(token.body()).get("token").asString(), pageSession(username));
	}

	private String pageSession(String username) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5)).build();
		String base = bases.get(0);
		HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		String body = Map.of("username", username, "password", DEMO_PASSWORD, "_csrf", csrf.find() ? csrf.group(1) : "")
			.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("form login of " + username + " failed: " + login.statusCode() + " " + location);
		}
		// the first page of a new session stores its CSRF token; done once here so that concurrent first requests do
		// not both insert it (spring_session_attributes_pk, a 500)
		browser.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(), HttpResponse.BodyHandlers.discarding());
		return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
	}

	/** GETs JSON from the API with the bearer token. */
	Answer api(String operation, Account account, String path, long startNanos) {
		return send(operation, startNanos, builder(path).header("Authorization", "Bearer " + account.token())
			.header("Accept", "application/json, application/problem+json").GET());
	}

	/** GETs a page with the session cookie. */
	Answer page(String operation, Account account, String path, long startNanos) {
		return send(operation, startNanos, builder(path).header("Cookie", account.cookie())
			.header("Accept", "text/html").GET());
	}

	/** POSTs JSON to the API, with an Idempotency-Key when one is given. */
	Answer post(String operation, Account account, String path, Object body, String idempotencyKey, long startNanos) {
		HttpRequest.Builder request = builder(path).header("Authorization", "Bearer " + account.token())
			.header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(operation, startNanos, request);
	}

	/** POSTs one file as multipart/form-data with text fields. */
	Answer upload(String operation, Account account, String path, Map<String, String> fields, String fileName,
			byte[] content, long startNanos) {
		String boundary = "load" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(operation, startNanos, builder(path).header("Authorization", "Bearer " + account.token())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	JsonNode read(Answer answer) {
		return json.readTree(answer.body());
	}

	private HttpRequest.Builder builder(String path) {
		return HttpRequest.newBuilder(uri(path)).timeout(timeout);
	}

	private URI uri(String path) {
		String base = bases.get((int) (turn.getAndIncrement() % bases.size()));
		return URI.create(base + path);
	}

	private Answer send(String operation, long startNanos, HttpRequest.Builder request) {
		int status;
		String body;
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			body = response.body();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			status = 0;
			body = e.toString();
		}
		catch (Exception e) {
			status = 0;
			body = e.toString();
		}
		stats.record(operation, status, System.nanoTime() - startNanos);
		return new Answer(status, body);
	}
}
