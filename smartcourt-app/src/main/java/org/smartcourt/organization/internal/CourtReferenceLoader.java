package org.smartcourt.organization.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
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
 * Loads the court table from the reference file named by {@code smartcourt.organization.courts-file} (by default
 * the bundled Jilin list). The file's {@code version:} header decides whether it is loaded again, so an official
 * 法院代字表 replaces ours by pointing the setting at it, without code changes.
 */
@Component
@Order(1)
class CourtReferenceLoader implements ApplicationRunner {

	static final String DATASET = "courts";
	private static final Logger log = LoggerFactory.getLogger(CourtReferenceLoader.class);

	record CourtRow(String id, String name, String code, String level, String parentId, String divisionCode,
			String codeBasis, String note) {
	}

	private final JdbcClient jdbc;
	private final Resource file;
	private final Clock clock;

	CourtReferenceLoader(JdbcClient jdbc, Clock clock,
			@Value("${smartcourt.organization.courts-file:classpath:reference/organization/jilin-courts.csv}") Resource file) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.file = file;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String version = null;
		List<CourtRow> rows = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean header = true;
			while ((line = in.readLine()) != null) {
				if (line.startsWith("#")) {
					int at = line.indexOf("version:");
					if (at >= 0) {
						version = line.substring(at + "version:".length()).trim();
					}
					continue;
				}
				if (line.isBlank()) {
					continue;
				}
				if (header) {
					header = false;
					continue;
				}
				rows.add(parse(line));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read court reference data " + file, ex);
		}
		if (version == null) {
			throw new IllegalStateException("court reference data " + file + " has no '# version:' header");
		}
		String loaded = jdbc.sql("select version from reference_data_version where dataset = ?")
			.param(DATASET)
			.query(String.class)
			.optional()
			.orElse(null);
		if (version.equals(loaded)) {
			return;
		}
		for (CourtRow row : rows) {
			upsert(row);
		}
		jdbc.sql("""
				insert into reference_data_version (dataset, version, source, loaded_at) values (?, ?, ?, ?)
				on conflict (dataset) do update set version = excluded.version, source = excluded.source,
				       loaded_at = excluded.loaded_at""")
			.params(DATASET, version, file.getDescription(), Timestamp.from(clock.instant()))
			.update();
		log.info("Loaded {} courts, reference data version {}", rows.size(), version);
	}

	private void upsert(CourtRow row) {
		jdbc.sql("""
				insert into court (id, name, code, level, parent_id, division_code, code_basis, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, code = excluded.code, level = excluded.level,
				       parent_id = excluded.parent_id, division_code = excluded.division_code,
				       code_basis = excluded.code_basis, note = excluded.note""")
			.params(row.id(), row.name(), row.code(), row.level(), row.parentId(), row.divisionCode(),
					row.codeBasis(), row.note())
			.update();
	}

	static CourtRow parse(String line) {
		String[] f = line.split(",", -1);
		if (f.length != 8) {
			throw new IllegalStateException("court reference line needs 8 fields: " + line);
		}
		return new CourtRow(f[0].trim(), f[1].trim(), blank(f[2]), f[3].trim(), blank(f[4]), blank(f[5]),
				f[6].trim(), blank(f[7]));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
