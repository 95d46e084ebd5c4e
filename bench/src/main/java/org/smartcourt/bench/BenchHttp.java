package org.smartcourt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmarks' HTTP client against a running app: sign in a demo user for a bearer token, post JSON and multipart
 * forms. A call that does not answer the expected status throws with the answer, so a benchmark never measures errors.
 */
final class BenchHttp {

	private static final String PASSWORD = "Court@2026demo";

	private final String base;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private final JsonMapper json = JsonMapper.builder().build();

	BenchHttp(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** A bearer token for the demo user. */
	String token(String username) throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("username", username,
					"password", PASSWORD)))), 200, "sign-in of " + username);
		return json.readTree(response.body()).get("token").asString();
	}

	/** Posts a JSON body with a fresh Idempotency-Key and returns the answer, which must have {@code status}. */
	HttpResponse<String> postJson(String path, String token, Object body, int status, Duration timeout)
			throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
			.timeout(timeout).POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), status, path);
	}

	/** Posts a multipart form of text fields and one file; the answer must be 201 and its JSON is returned. */
	JsonNode postFile(String path, String token, Map<String, String> fields, String fileName, String type,
			byte[] content) throws Exception {
		String boundary = "bench" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (var field : fields.entrySet()) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n");
		}
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n");
		body.write(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), 201, path + " (" + fileName + ")");
		return json.readTree(response.body());
	}

	/** GETs bytes; the answer must be 200. */
	byte[] getBytes(String path, String token, Duration timeout) throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token).timeout(timeout).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response.body();
	}

	private HttpResponse<String> send(HttpRequest.Builder request, int status, String what) throws Exception {
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != status) {
			throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}

	private static void write(ByteArrayOutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.UTF_8));
	}
}
