package org.smartcourt.ledger.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcourt.ledger.witness.WitnessTestSupport.CLOCK;
import static org.smartcourt.ledger.witness.WitnessTestSupport.NOW;
import static org.smartcourt.ledger.witness.WitnessTestSupport.cosignatures;
import static org.smartcourt.ledger.witness.WitnessTestSupport.timestampOf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.ledger.core.TreeHasher;
import org.smartcourt.ledger.core.note.SignerKey;
import org.smartcourt.ledger.core.note.VerifierKey;

/** The standalone server end to end: a generated key, a properties file, a real database and HTTP on loopback. */
class WitnessServerTests {

	static final EmbeddedPostgres pg = TestDatabase.server();

	@TempDir
	Path folder;
	final TestLog log = new TestLog("ledger.test.court/server", TreeHasher.sha256());
	final HttpClient http = HttpClient.newHttpClient();
	WitnessServer server;
	VerifierKey witnessKey;
	String base;

	@BeforeEach
	void startWitness() throws Exception {
		WitnessTestSupport.dropTables(pg.getPostgresDatabase());
		SignerKey key = WitnessServer.generateKey("witness.test.court/server", folder.resolve("witness.key"));
		witnessKey = key.signer(CLOCK).verifierKey();
		server = WitnessServer.start(WitnessConfig.from(properties(), folder), CLOCK);
		base = "http://127.0.0.1:" + server.address().getPort() + "/witness";
	}

	@AfterEach
	void stopWitness() {
		server.close();
	}

	Properties properties() {
		Properties p = new Properties();
		p.setProperty("witness.name", "witness.test.court/server");
		p.setProperty("witness.key-file", "witness.key");
		p.setProperty("witness.listen", "127.0.0.1:0");
		p.setProperty("witness.prefix", "/witness");
		p.setProperty("witness.jdbc-url", pg.getJdbcUrl("postgres", "postgres"));
		p.setProperty("witness.jdbc-user", "postgres");
		p.setProperty("log.1.vkey", log.vkey().toString());
		return p;
	}

	HttpResponse<String> post(String path, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void cosignsOverHttpAndAnswersConflictsWithTheSize() throws Exception {
		HttpResponse<String> first = post("/add-checkpoint", "old 0\n\n" + log.checkpoint(4));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(timestampOf(cosignatures(log.checkpoint(4), first.body(), witnessKey).get(0))).isEqualTo(NOW);

		HttpResponse<String> stale = post("/add-checkpoint", "old 0\n\n" + log.checkpoint(9));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type")).hasValue("text/x.tlog.size");
		assertThat(stale.body()).isEqualTo("4\n");

		HttpResponse<String> next = post("/add-checkpoint", "old 4\n" + log.proofLines(4, 9) + "\n" + log.checkpoint(9));
		assertThat(next.statusCode()).isEqualTo(200);
		assertThat(cosignatures(log.checkpoint(9), next.body(), witnessKey)).hasSize(1);
		assertThat(post("/add-checkpoint", "old 4\n\n" + log.checkpoint(3)).statusCode()).isEqualTo(400);
		assertThat(post("/add-checkpoint", "old 9\n\n" + new TestLog("elsewhere/log", TreeHasher.sha256()).checkpoint(9)).statusCode())
				.isEqualTo(404);
	}

	@Test
	void keepsConnectionsAliveAcrossRequests() throws Exception {
		for (int size = 1; size <= 5; size++) {
			String body = size == 1 ? "old 0\n\n" + log.checkpoint(1) : log.request(size - 1, size);
			assertThat(post("/add-checkpoint", body).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void servesItsKeyAndHealth() throws Exception {
		for (String path : new String[] {"", "/", "/key"}) {
			HttpResponse<String> key = get(path);
			assertThat(key.statusCode()).isEqualTo(200);
			assertThat(key.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
			assertThat(key.body()).isEqualTo(witnessKey + "\n");
		}
		assertThat(get("/health").body()).isEqualTo("ok\n");
	}

	@Test
	void answersOtherRequestsPlainly() throws Exception {
		HttpResponse<String> wrongMethod = get("/add-checkpoint");
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
		assertThat(post("/key", "x").statusCode()).isEqualTo(405);
		assertThat(post("/add-checkpoint/", "old 0\n\n" + log.checkpoint(1)).statusCode()).isEqualTo(404);
		assertThat(post("/../add-checkpoint", "old 0\n\n").statusCode()).isEqualTo(404);
		assertThat(post("/add-checkpoint", "x".repeat(WitnessHttpHandler.MAX_BODY_BYTES + 1)).statusCode()).isEqualTo(413);
	}

	@Test
	void bindsLoopbackUnlessToldOtherwise() {
		Properties p = properties();
		p.remove("witness.listen");

		assertThat(WitnessConfig.from(p, folder).listen().getHostString()).isEqualTo("127.0.0.1");
		assertThat(WitnessConfig.from(p, folder).listen().getPort()).isEqualTo(7380);
	}

	@Test
	void refusesToStartWithoutItsKey() throws IOException {
		Properties missing = properties();
		missing.setProperty("witness.key-file", "absent.key");
		assertThatThrownBy(() -> WitnessServer.start(WitnessConfig.from(missing, folder), CLOCK))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no witness key");

		Files.writeString(folder.resolve("garbage.key"), "not a key\n");
		Properties garbage = properties();
		garbage.setProperty("witness.key-file", "garbage.key");
		assertThatThrownBy(() -> WitnessServer.start(WitnessConfig.from(garbage, folder), CLOCK))
				.hasMessageContaining("PRIVATE+KEY");

		Properties otherName = properties();
		otherName.setProperty("witness.name", "witness.test.court/other");
		assertThatThrownBy(() -> WitnessServer.start(WitnessConfig.from(otherName, folder), CLOCK))
				.hasMessageContaining("is named witness.test.court/server");

		Path logKey = folder.resolve("log.key");
		Files.writeString(logKey, log.signer.signerKey().encoded());
		Properties wrongType = properties();
		wrongType.setProperty("witness.name", log.origin);
		wrongType.setProperty("witness.key-file", "log.key");
		assertThatThrownBy(() -> WitnessServer.start(WitnessConfig.from(wrongType, folder), CLOCK))
				.hasMessageContaining("0x04");
	}

	@Test
	void generatesAKeyOnlyItsOwnerCanRead() throws IOException {
		Path file = folder.resolve("witness.key");

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(SignerKey.parse(Files.readString(file)).signer(CLOCK).verifierKey()).isEqualTo(witnessKey);
		assertThat(witnessKey.isCosignatureKey()).isTrue();
		assertThatThrownBy(() -> WitnessServer.generateKey("witness.test.court/server", file))
				.isInstanceOf(FileAlreadyExistsException.class);
	}
}
