package org.smartcourt.casefile.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.smartcourt.testing.TestApi;

import tools.jackson.databind.JsonNode;

/** The case file API as tests use it: catalogue rows, binary downloads, and waiting for the listeners. */
public final class CasefileClient {

	private final TestApi api;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	public CasefileClient(TestApi api) {
		this.api = api;
	}

	public TestApi api() {
		return api;
	}

	/** All materials the token's holder sees, over every volume they get. */
	public List<JsonNode> materials(String caseId, String token) {
		TestApi.Response r = api.get("/api/v1/cases/" + caseId + "/materials", token);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<JsonNode> all = new ArrayList<>();
		r.json().get("volumes").forEach(v -> v.get("materials").forEach(all::add));
		return all;
	}

	public JsonNode material(String caseId, String token, String title) {
		return materials(caseId, token).stream()
			.filter(m -> m.get("title").asString().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no material " + title));
	}

	public TestApi.Response submitEvidence(String caseId, String token, String name, String purpose, String fileName,
			byte[] content) {
		return api.upload("/api/v1/cases/" + caseId + "/materials", token, "file", fileName, content,
				Map.of("evidenceName", name, "purpose", purpose));
	}

	public TestApi.Response uploadCourt(String caseId, String token, String category, String title,
			boolean forParties, String fileName, byte[] content) {
		return api.upload("/api/v1/cases/" + caseId + "/materials", token, "file", fileName, content,
				Map.of("categoryCode", category, "title", title, "forParties", Boolean.toString(forParties)));
	}

	/** GET as bytes. */
	public HttpResponse<byte[]> bytes(String path, String token) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(api.base() + path))
				.header("Authorization", "Bearer " + token)
				.timeout(Duration.ofSeconds(60))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Polls until {@code check} yields something other than null or false (listeners run after commit). */
	public static <T> T eventually(Supplier<T> check) {
		long deadline = System.currentTimeMillis() + 20_000;
		AssertionError last = null;
		while (System.currentTimeMillis() < deadline) {
			try {
				T value = check.get();
				if (value != null && !Boolean.FALSE.equals(value)) {
					return value;
				}
			}
			catch (AssertionError e) {
				last = e;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw last != null ? last : new AssertionError("condition not met within 20 s");
	}
}
