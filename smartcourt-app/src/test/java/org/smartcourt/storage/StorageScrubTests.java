package org.smartcourt.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.smartcourt.storage.internal.ScrubReport;
import org.smartcourt.storage.internal.StorageScrub;
import org.smartcourt.testing.IntegrationTest;
import org.smartcourt.testing.TestApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The scrub finds a file damaged on disk, as reading it does; IT admins run it over the API, audited. */
@IntegrationTest
class StorageScrubTests {

	@LocalServerPort
	int port;

	@Autowired
	FileStore store;

	@Autowired
	StorageScrub scrub;

	@Autowired
	JdbcClient jdbc;

	@Value("${smartcourt.storage.root}")
	Path root;

	private StoredFile storeUniquePdf() {
		String pdf = "%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n";
		return store.store("evidence", "证据.pdf", new ByteArrayInputStream(pdf.getBytes(StandardCharsets.US_ASCII)),
				EnumSet.of(DocumentType.PDF));
	}

	private Path onDisk(StoredFile file) {
		return root.resolve(file.sha256().substring(0, 2)).resolve(file.sha256());
	}

	@Test
	void aFileCorruptedOnDiskFailsToReadAndTheScrubReportsIt() throws Exception {
		StoredFile intact = storeUniquePdf();
		StoredFile damaged = storeUniquePdf();
		StoredFile lost = storeUniquePdf();
		byte[] bytes = Files.readAllBytes(onDisk(damaged));
		bytes[12] ^= 1;
		Files.write(onDisk(damaged), bytes);
		Files.delete(onDisk(lost));

		try (InputStream in = store.open(damaged.sha256()).orElseThrow()) {
			assertThatThrownBy(in::readAllBytes).isInstanceOf(FileIntegrityException.class);
		}
		ScrubReport report = scrub.run();

		assertThat(report.corrupt()).contains(damaged.sha256()).doesNotContain(intact.sha256(), lost.sha256());
		assertThat(report.missing()).contains(lost.sha256()).doesNotContain(intact.sha256(), damaged.sha256());
		assertThat(report.checked()).isGreaterThanOrEqualTo(3);
		assertThat(report.corruptCount()).isEqualTo(report.corrupt().size());
		assertThat(report.missingCount()).isGreaterThanOrEqualTo(1);
		assertThat(report.intact()).isFalse();
	}

	@Test
	void itAdminsRunTheScrubOverTheApiAndItIsAudited() {
		TestApi api = new TestApi(port);
		StoredFile file = storeUniquePdf();
		long before = audited();

		TestApi.Response response = api.post("/api/v1/storage/scrub", api.token("it-admin"), java.util.Map.of());

		assertThat(response.status()).isEqualTo(200);
		JsonNode report = response.json();
		assertThat(report.get("checked").asLong()).isPositive();
		assertThat(report.get("corrupt").isArray()).isTrue();
		assertThat(report.get("corruptCount").isNumber()).isTrue();
		assertThat(report.get("missing").isArray()).isTrue();
		assertThat(report.get("corrupt").toString()).doesNotContain(file.sha256());
		assertThat(audited()).isEqualTo(before + 1);
	}

	@Test
	void onlyItAdminsMayRunTheScrub() {
		TestApi api = new TestApi(port);
		assertThat(api.post("/api/v1/storage/scrub", api.token("judge"), java.util.Map.of()).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/storage/scrub", null, java.util.Map.of()).status()).isEqualTo(401);
	}

	private long audited() {
		return jdbc.sql("select count(*) from audit_record where action = 'storage.scrub' and outcome = 'SUCCESS'")
			.query(Long.class)
			.single();
	}
}
