package org.smartcourt.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.smartcourt.catalogue.Causes;
import org.smartcourt.shared.ReferenceDataVersions;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start-up loading: the bundled catalogue is in the table, and a new version of the file replaces it, keeping the
 * causes it drops readable. Each test rolls back, so the shared database keeps the bundled catalogue.
 */
@IntegrationTest
@Transactional
class CauseReferenceLoaderTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferenceDataVersions versions;

	@Autowired
	Clock clock;

	@Autowired
	Causes causes;

	@Test
	void theBundledCatalogueIsLoadedWithItsVersion() throws IOException {
		assertThat(jdbc.sql("select version from reference_data_version where dataset = ?")
			.param(CauseReferenceLoader.DATASET)
			.query(String.class)
			.single()).isEqualTo(bundledVersion());
		assertThat(count("level = 1")).isEqualTo(11);
		assertThat(count("level = 2")).isEqualTo(54);
		assertThat(count("not active")).isZero();
	}

	@Test
	void aNewVersionIsUpsertedAndDroppedCausesAreDeactivatedNotDeleted() throws Exception {
		String code = causes.search("民间借贷纠纷", 1).get(0).code();
		loader("""
				# version: test-2
				code,name,level,parent_code,confidence,note
				4,合同、准合同纠纷,1,,HIGH,
				4.10,合同纠纷（新）,2,4,LOW,改名
				""").run(null);
		assertThat(causes.roots()).extracting(c -> c.name()).containsExactly("合同、准合同纠纷");
		assertThat(causes.children("4")).extracting(c -> c.name()).containsExactly("合同纠纷（新）");
		assertThat(causes.children("4.10")).isEmpty();
		assertThat(causes.search("借贷", 20)).isEmpty();
		assertThat(causes.find(code)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("民间借贷纠纷"));
		assertThat(causes.path(code)).hasSize(4);

		loader("""
				# version: test-2
				code,name,level,parent_code,confidence,note
				4,合同、准合同纠纷,1,,HIGH,
				""").run(null);
		assertThat(causes.children("4")).as("the same version is not loaded again").hasSize(1);
	}

	private static String bundledVersion() throws IOException {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("reference/catalogue/causes-of-action.csv").getInputStream(), StandardCharsets.UTF_8))) {
			return CauseReferenceFile.read(in, "bundled").version();
		}
	}

	private CauseReferenceLoader loader(String file) {
		return new CauseReferenceLoader(jdbc, versions, new ByteArrayResource(file.getBytes(StandardCharsets.UTF_8), "test"));
	}

	private long count(String where) {
		return jdbc.sql("select count(*) from cause_of_action where " + where).query(Long.class).single();
	}
}
