package org.smartcourt.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests against the running test server: JSON in, status and JSON out. */
public final class TestApi {

	public static final String DEMO_PASSWORD = "Court@2026demo";

	/** A response: status, raw body and the body as JSON (null when it is not JSON). */
	public record Response(int status, String body, JsonNode json, HttpResponse<String> raw) {
		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final String base;

	public TestApi(int port) {
		this.base = "http://localhost:" + port;
	}

	public String base() {
		return base;
	}

	/** Signs in through the API and returns the bearer token. */
	public String token(String username) {
		return token(username, DEMO_PASSWORD);
	}

	public String token(String username, String password) {
		Response response = post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
		if (response.status() != 200) {
			throw new IllegalStateException("login of " + username + " failed: " + response.body());
		}
		return response.json().get("token").asString();
	}

	public Response get(String path, String token) {
		return send(request(path, token).header("Accept", "application/json, application/problem+json").GET().build());
	}

	/** A GET that accepts any content type (metrics, pages). */
	public Response getAny(String path, String token) {
		return send(request(path, token).header("Accept", "*/*").GET().build());
	}

	public Response delete(String path, String token) {
		return send(request(path, token).header("Accept", "application/json, application/problem+json").DELETE().build());
	}

	public Response post(String path, String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(json(body)))
			.build());
	}

	/** A POST with one extra header (e.g. {@code Idempotency-Key}). */
	public Response postWithHeader(String path, String token, Object body, String header, String value) {
		return send(request(path, token).header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.header(header, value)
			.POST(HttpRequest.BodyPublishers.ofString(json(body)))
			.build());
	}

	public Response put(String path, String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json")
			.PUT(HttpRequest.BodyPublishers.ofString(json(body)))
			.build());
	}

	public Response postRaw(String path, String token, String contentType, String body) {
		return send(request(path, token).header("Content-Type", contentType)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Posts one file as multipart/form-data, with extra text fields. */
	public Response upload(String path, String token, String field, String filename, byte[] content,
			java.util.Map<String, String> fields) {
		String boundary = "----smartcourt" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
		return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			JsonNode json = null;
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (type.contains("json") && !body.isEmpty()) {
				json = JSON.readTree(body);
			}
			return new Response(response.statusCode(), body, json, response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String json(Object body) {
		return body instanceof String s ? s : JSON.writeValueAsString(body);
	}
}
