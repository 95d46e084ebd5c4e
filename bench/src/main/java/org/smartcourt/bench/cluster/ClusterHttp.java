package org.smartcourt.bench.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the cluster checks: every call names the node it goes to, answers whatever status the node
 * gave, and throws {@link IOException} only when the node did not answer (refused, reset, timed out), which is what
 * a client retries against the other node. Cookies are kept per host, not per port, like a browser behind one
 * load balancer name: a session cookie from one node is sent to the other.
 */
final class ClusterHttp {

	static final String PASSWORD = "Court@2026demo";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	ClusterHttp() {
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** One answer of a node. */
	record Answer(int status, String body, String location) {

		boolean ok() {
			return status >= 200 && status < 300;
		}

		JsonNode json() {
			return JSON.readTree(body);
		}
	}

	String token(String base, String username) throws IOException {
		Answer answer = postJson(base, "/api/v1/auth/token", null, Map.of("username", username, "password", PASSWORD),
				null);
		if (answer.status() != 200) {
			throw new IllegalStateException("sign-in of " + username + " at " + base + " answered " + answer);
		}
		return answer.json().get("token").asString();
	}

	Answer get(String base, String path, String token, String accept) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	Answer postJson(String base, String path, String token, Object body, String idempotencyKey) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request);
	}

	Answer postForm(String base, String path, Map<String, String> fields) throws IOException {
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Answer upload(String base, String path, String token, Map<String, String> fields, String fileName, String type,
			byte[] content) throws IOException {
		String boundary = "cluster" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (var field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
					+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private Answer send(HttpRequest.Builder request) throws IOException {
		try {
			HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}
}
