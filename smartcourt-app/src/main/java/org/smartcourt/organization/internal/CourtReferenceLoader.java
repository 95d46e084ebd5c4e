package org.smartcourt.organization.internal;

import org.smartcourt.shared.ReferenceDataVersions;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcourt.shared.ReferenceFile;
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
	private static final String COLUMNS = "id,name,code,level,parent_id,division_code,code_basis,note";
	private static final Logger log = LoggerFactory.getLogger(CourtReferenceLoader.class);

	record CourtRow(String id, String name, String code, String level, String parentId, String divisionCode,
			String codeBasis, String note) {
	}

	private final JdbcCourts courts;
	private final JdbcClient jdbc;
	private final ReferenceDataVersions versions;
	private final Resource file;

	CourtReferenceLoader(JdbcClient jdbc, ReferenceDataVersions versions, JdbcCourts courts,
			@Value("${smartcourt.organization.courts-file:classpath:reference/organization/jilin-courts.csv}") Resource file) {
		this.courts = courts;
		this.jdbc = jdbc;
		this.versions = versions;
		this.file = file;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ReferenceFile courts = ReferenceFile.read(file, COLUMNS);
		String version = courts.version();
		List<CourtRow> rows = courts.rows().stream().map(CourtReferenceLoader::court).toList();
		if (versions.loadIfNew(DATASET, version, file.getDescription(), () -> rows.forEach(this::upsert))) {
			log.info("Loaded {} courts, reference data version {}", rows.size(), version);
			this.courts.forgetAfterCommit();
		}
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

	private static CourtRow court(ReferenceFile.Row f) {
		return new CourtRow(f.get(0), f.get(1), f.optional(2), f.get(3), f.optional(4), f.optional(5), f.get(6),
				f.optional(7));
	}
}
