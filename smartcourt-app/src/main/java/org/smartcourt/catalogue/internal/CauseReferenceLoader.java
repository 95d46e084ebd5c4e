package org.smartcourt.catalogue.internal;

import org.smartcourt.shared.ReferenceDataVersions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the causes of action from the reference file named by {@code smartcourt.catalogue.causes-file} (by default
 * the bundled 2020 catalogue). The file's {@code version:} header decides whether it is loaded again; a new version
 * is upserted by code, and causes it no longer lists are deactivated rather than deleted, since cases may name them.
 */
@Component
@Order(1)
class CauseReferenceLoader implements ApplicationRunner {

	static final String DATASET = "causes-of-action";
	private static final Logger log = LoggerFactory.getLogger(CauseReferenceLoader.class);

	private final JdbcClient jdbc;
	private final ReferenceDataVersions versions;
	private final Resource file;

	CauseReferenceLoader(JdbcClient jdbc, ReferenceDataVersions versions,
			@Value("${smartcourt.catalogue.causes-file:classpath:reference/catalogue/causes-of-action.csv}") Resource file) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.file = file;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		CauseReferenceFile causes = read();
		List<CauseRow> rows = causes.rows();
		boolean loaded = versions.loadIfNew(DATASET, causes.version(), causes.source(), () -> {
			jdbc.sql("update cause_of_action set active = false").update();
			for (int position = 0; position < rows.size(); position++) {
				upsert(rows.get(position), position);
			}
		});
		if (loaded) {
			log.info("Loaded {} causes of action, reference data version {}", rows.size(), causes.version());
		}
	}

	private CauseReferenceFile read() {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			return CauseReferenceFile.read(in, file.getDescription());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read causes-of-action reference data " + file, ex);
		}
	}

	private void upsert(CauseRow row, int position) {
		jdbc.sql("""
				insert into cause_of_action (code, name, level, parent_code, position, confidence, note, active)
				values (?, ?, ?, ?, ?, ?, ?, true)
				on conflict (code) do update set name = excluded.name, level = excluded.level,
				       parent_code = excluded.parent_code, position = excluded.position,
				       confidence = excluded.confidence, note = excluded.note, active = true""")
			.params(row.code(), row.name(), row.level(), row.parentCode(), position, row.confidence().name(),
					row.note())
			.update();
	}
}
