package org.smartcourt.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A multipart upload over the store's limit is refused while the body is parsed, before any controller is chosen (so
 * any API path will do here); on {@code /api/**} the answer is still a 413 Problem Details in Chinese. The tests run
 * with a 20 MB limit (test configuration); the default of 100 MB is in application.yml.
 */
@IntegrationTest
class UploadLimitTests {

	private static final String BOUNDARY = "----smartcourt-test-boundary";

	@LocalServerPort
	int port;

	@Test
	void anOverLimitMultipartUploadGets413ProblemDetails() throws Exception {
		TestApi api = new TestApi(port);
		String token = api.token("filing-clerk");
		long overLimit = DataSize.ofMegabytes(20).toBytes() + 1;

		HttpResponse<String> response = upload("/api/v1/notices", token, overLimit);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		JsonNode problem = JsonMapper.builder().build().readTree(response.body());
		assertThat(problem.get("type").asString()).isEqualTo("/problems/payload-too-large");
		assertThat(problem.get("title").asString()).isEqualTo("内容过大");
		assertThat(problem.get("status").asInt()).isEqualTo(413);
		assertThat(problem.get("detail").asString()).contains("20 MB").contains("40 MB");
	}


	@Test
	void anUploadWithinTheLimitIsNotRefusedForItsSize() throws Exception {
		TestApi api = new TestApi(port);
		HttpResponse<String> response = upload("/api/v1/notices", api.token("filing-clerk"), 1024);
		assertThat(response.statusCode()).isNotEqualTo(413);
	}

	private HttpResponse<String> upload(String path, String token, long fileSize)
			throws IOException, InterruptedException {
		byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		List<byte[]> parts = new ArrayList<>();
		parts.add(head);
		byte[] chunk = new byte[64 * 1024];
		for (long left = fileSize; left > 0; left -= chunk.length) {
			parts.add(left >= chunk.length ? chunk : new byte[(int) left]);
		}
		parts.add(tail);
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		HttpRequest request = builder.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json, application/problem+json")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}
}
