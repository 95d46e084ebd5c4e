package org.smartcourt.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcourt.ledger.core.ProofVerifier;
import org.smartcourt.ledger.core.TileMath;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The C2SP tlog-tiles read API serves tiles and entry bundles byte-exact, the proof API's proofs verify (RFC 9162),
 * and bad requests get Problem Details in Chinese.
 */
@IntegrationTest
class LedgerReadApiTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private TestApi api;
	private LedgerSnapshot snapshot;

	@BeforeEach
	void setUp() throws Exception {
		api = new TestApi(port);
		// at least one full level-0 tile plus a partial one
		List<CompletableFuture<LedgerIndex>> appended = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			appended.add(ledger.append(LedgerRecords.fresh(EntryType.STORED_FILE)));
		}
		for (CompletableFuture<LedgerIndex> future : appended) {
			future.get(30, TimeUnit.SECONDS);
		}
		snapshot = LedgerSnapshot.of(jdbc, ledger);
	}

	private HttpResponse<byte[]> fetch(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(api.base() + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void everyTileOfTheTreeIsServedByteExactWithoutLogin() throws Exception {
		for (TileMath.Tile tile : TileMath.tiles(snapshot.size())) {
			HttpResponse<byte[]> response = fetch("/ledger/" + tile.path());
			assertThat(response.statusCode()).as(tile.path()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/octet-stream"));
			assertThat(response.body()).as(tile.path()).hasSize(tile.width() * 32).isEqualTo(expected(tile, tile.width()));
			if (!tile.isPartial()) {
				assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable")
					.contains("max-age=31536000");
			}
		}
	}

	@Test
	void aPartialTileAsOfAnEarlierSizeIsTheStoredOneTruncated() throws Exception {
		TileMath.Tile full = TileMath.tile(0, 0, snapshot.size());
		assertThat(full.isPartial()).isFalse();
		HttpResponse<byte[]> response = fetch("/ledger/tile/0/000.p/7");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(expected(new TileMath.Tile(0, 0, 7), 7));
		HttpResponse<byte[]> bundle = fetch("/ledger/tile/entries/000.p/3");
		assertThat(bundle.body()).isEqualTo(bundle(0, 3));
	}

	@Test
	void entryBundlesHoldTheCanonicalLeavesLengthPrefixed() throws Exception {
		long bundles = (snapshot.size() + 255) / 256;
		for (long n = 0; n < bundles; n++) {
			TileMath.Tile tile = TileMath.entryBundle(n * 256, snapshot.size());
			HttpResponse<byte[]> response = fetch("/ledger/" + tile.path());
			assertThat(response.statusCode()).as(tile.path()).isEqualTo(200);
			assertThat(response.body()).as(tile.path()).isEqualTo(bundle(n, tile.width()));
		}
	}

	@Test
	void entryBundlesAreGzippedForClientsThatAcceptIt() throws Exception {
		HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(api.base() + "/ledger/tile/entries/000"))
			.header("Accept-Encoding", "gzip")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
		try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
				new java.io.ByteArrayInputStream(response.body()))) {
			assertThat(in.readAllBytes()).isEqualTo(bundle(0, 256));
		}
	}

	@Test
	void tilesBeyondTheTreeAndMalformedPathsAreNotFound() throws Exception {
		long beyond = snapshot.size() / 256 + 5;
		assertThat(fetch("/ledger/tile/0/" + TileMath.encodeIndex(beyond)).statusCode()).isEqualTo(404);
		assertThat(fetch("/ledger/tile/entries/" + TileMath.encodeIndex(beyond)).statusCode()).isEqualTo(404);
		assertThat(fetch("/ledger/tile/0/0").statusCode()).isEqualTo(404);
		assertThat(fetch("/ledger/tile/0/000.p/256").statusCode()).isEqualTo(404);
		assertThat(fetch("/ledger/tile/0/x000/000").statusCode()).isEqualTo(404);
		TestApi.Response problem = api.get("/ledger/tile/5/000", null);
		assertThat(problem.status()).isEqualTo(404);
		assertThat(problem.json().get("type").asString()).endsWith("ledger-tile-not-found");
	}

	@Test
	void inclusionProofsVerify() throws Exception {
		ProofVerifier verifier = new ProofVerifier(TreeHasher.sha256());
		long size = snapshot.size();
		for (long index : new long[] { 0, 1, 255, 256, size / 2, size - 1 }) {
			JsonNode proof = api.get("/api/v1/ledger/proofs/inclusion?index=" + index + "&size=" + size, null).json();
			assertThat(proof.get("algorithm").asString()).isEqualTo("SHA-256");
			byte[] root = Base64.getDecoder().decode(proof.get("root").asString());
			assertThat(root).isEqualTo(snapshot.root());
			verifier.verifyInclusion(index, size, snapshot.tree().node(0, index), hashes(proof), root);
		}
		// by leaf hash, against an earlier size
		byte[] leafHash = snapshot.tree().node(0, 10);
		JsonNode proof = api.get("/api/v1/ledger/proofs/inclusion?leafHash="
				+ Base64.getUrlEncoder().encodeToString(leafHash) + "&size=100", null).json();
		assertThat(proof.get("index").asLong()).isEqualTo(10);
		verifier.verifyInclusion(10, 100, leafHash, hashes(proof), snapshot.root(100));
	}

	@Test
	void consistencyProofsVerify() throws Exception {
		ProofVerifier verifier = new ProofVerifier(TreeHasher.sha256());
		long size = snapshot.size();
		for (long from : new long[] { 1, 7, 256, size / 3, size }) {
			JsonNode proof = api.get("/api/v1/ledger/proofs/consistency?from=" + from + "&to=" + size, null).json();
			verifier.verifyConsistency(from, size, snapshot.root(from), snapshot.root(), hashes(proof));
			assertThat(Base64.getDecoder().decode(proof.get("fromRoot").asString())).isEqualTo(snapshot.root(from));
		}
	}

	@Test
	void anEntryIsReadableByIndexAndBySha256() {
		LedgerEntry entry = ledger.find(new LedgerIndex(snapshot.size() - 1)).orElseThrow();
		JsonNode json = api.get("/api/v1/ledger/entries/" + entry.index().value(), null).json();
		assertThat(json.get("type").asString()).isEqualTo("stored-file");
		assertThat(json.get("sha256").asString()).isEqualTo(entry.record().sha256Hex());
		assertThat(json.get("leaf").asString()).startsWith("smartcourt-ledger/v1\ntype stored-file\n");
		assertThat(Base64.getDecoder().decode(json.get("leafHash").asString())).isEqualTo(entry.leafHash());
		JsonNode found = api.get("/api/v1/ledger/entries?sha256=" + entry.record().sha256Hex(), null).json();
		assertThat(found.get(0).get("index").asLong()).isEqualTo(entry.index().value());
	}

	@Test
	void badRequestsGetProblemDetailsInChinese() {
		long size = snapshot.size();
		assertProblem(api.get("/api/v1/ledger/proofs/inclusion?index=" + (size + 10), null), 400, "ledger-beyond-size");
		assertProblem(api.get("/api/v1/ledger/proofs/inclusion?index=0&size=" + (size + 1_000_000), null), 400,
				"ledger-beyond-size");
		assertProblem(api.get("/api/v1/ledger/proofs/consistency?from=0", null), 400, "ledger-beyond-size");
		assertProblem(api.get("/api/v1/ledger/proofs/inclusion?leafHash=xyz", null), 400, "ledger-malformed-hash");
		assertProblem(api.get("/api/v1/ledger/proofs/inclusion?leafHash=" + "00".repeat(32), null), 404,
				"ledger-entry-not-found");
		assertProblem(api.get("/api/v1/ledger/entries?sha256=abc", null), 400, "ledger-malformed-hash");
		assertProblem(api.get("/api/v1/ledger/entries/" + Long.MAX_VALUE, null), 404, "ledger-entry-not-found");
	}

	@Test
	void staffAnchorADigestPairAndPartiesMayNot() {
		LedgerRecord record = LedgerRecords.fresh(EntryType.EVIDENCE_FILE);
		java.util.Map<String, String> body = java.util.Map.of("type", "evidence-file", "sha256", record.sha256Hex(),
				"sm3", Base64.getEncoder().encodeToString(record.sm3()), "reference", "evidence:42");
		TestApi.Response created = api.post("/api/v1/ledger/entries", api.token("judge"), body);
		assertThat(created.status()).isEqualTo(201);
		long index = created.json().get("index").asLong();
		assertThat(ledger.find(new LedgerIndex(index)).orElseThrow().record().reference()).isEqualTo("evidence:42");
		assertThat(api.post("/api/v1/ledger/entries", api.token("it-admin"), body).json().get("index").asLong())
			.isEqualTo(index);
		assertThat(api.post("/api/v1/ledger/entries", api.token("litigant"), body).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/ledger/entries", null, body).status()).isEqualTo(401);

		TestApi.Response invalid = api.post("/api/v1/ledger/entries", api.token("judge"),
				java.util.Map.of("type", "secret", "sha256", "12", "sm3", record.sha256Hex(), "reference", "张三 身份证"));
		assertProblem(invalid, 400, "ledger-invalid-record");
		List<String> fields = new ArrayList<>();
		invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("type", "sha256", "reference");
	}

	@Test
	void fsckIsForItAdminsAndPasses() {
		TestApi.Response report = api.post("/api/v1/ledger/fsck", api.token("it-admin"), java.util.Map.of());
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.json().get("problems").size()).as(report.body()).isZero();
		assertThat(report.json().get("ok").asBoolean()).isTrue();
		assertThat(report.json().get("size").asLong()).isGreaterThanOrEqualTo(snapshot.size());
		assertThat(api.post("/api/v1/ledger/fsck", api.token("judge"), java.util.Map.of()).status()).isEqualTo(403);
	}

	private static void assertProblem(TestApi.Response response, int status, String code) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("type").asString()).endsWith("/" + code);
		assertThat(response.json().get("title").asString()).matches(".*\\p{IsHan}.*");
		assertThat(response.json().get("detail").asString()).matches(".*\\p{IsHan}.*");
	}

	private static List<byte[]> hashes(JsonNode proof) {
		List<byte[]> hashes = new ArrayList<>();
		proof.get("hashes").forEach(h -> hashes.add(Base64.getDecoder().decode(h.asString())));
		return hashes;
	}

	private byte[] expected(TileMath.Tile tile, int width) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < width; i++) {
			out.writeBytes(snapshot.tree().node(tile.level() * 8, tile.index() * 256 + i));
		}
		return out.toByteArray();
	}

	private byte[] bundle(long n, int width) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (int i = 0; i < width; i++) {
			byte[] leaf = snapshot.leaves().get((int) (n * 256 + i));
			out.write(leaf.length >>> 8);
			out.write(leaf.length & 0xff);
			out.writeBytes(leaf);
		}
		return out.toByteArray();
	}
}
