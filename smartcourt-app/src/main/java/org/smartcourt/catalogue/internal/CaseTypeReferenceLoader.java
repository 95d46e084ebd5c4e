package org.smartcourt.catalogue.internal;

import org.smartcourt.shared.ReferenceDataVersions;
import java.time.LocalDate;

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
 * Loads the case-type standard (案件类型及其代字) and the 专门审判代字 from versioned reference files at start-up,
 * like the court list. A file rather than a migration because the bundled list is our reading of secondary sources
 * (domain-rules §1.5, many rows marked INFERRED or LOCAL): a court replaces it with the official standard by
 * pointing {@code smartcourt.catalogue.case-types-file} at it, without a release. When a file's {@code version:}
 * differs from the loaded one its table is replaced whole, in one transaction, so rows dropped from the file go too.
 * Nothing references these tables by foreign key: a case keeps the codes it was registered with.
 */
@Component
@Order(1)
class CaseTypeReferenceLoader implements ApplicationRunner {

	static final String CASE_TYPES = "case-types";
	static final String SPECIAL_TRIAL_CODES = "special-trial-codes";
	private static final String CASE_TYPE_COLUMNS = "code,name,type_code,group,valid_from,valid_to,basis,note";
	private static final String SPECIAL_TRIAL_CODE_COLUMNS = "code,name,valid_from,valid_to,basis";
	private static final Logger log = LoggerFactory.getLogger(CaseTypeReferenceLoader.class);

	private final JdbcClient jdbc;
	private final ReferenceDataVersions versions;
	private final Resource caseTypes;
	private final Resource specialCodes;

	CaseTypeReferenceLoader(JdbcClient jdbc, ReferenceDataVersions versions,
			@Value("${smartcourt.catalogue.case-types-file:classpath:reference/catalogue/case-types.csv}") Resource caseTypes,
			@Value("${smartcourt.catalogue.special-trial-codes-file:classpath:reference/catalogue/special-trial-codes.csv}") Resource specialCodes) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.caseTypes = caseTypes;
		this.specialCodes = specialCodes;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ReferenceFile types = ReferenceFile.read(caseTypes, CASE_TYPE_COLUMNS);
		if (versions.loadIfNew(CASE_TYPES, types.version(), types.description(), () -> {
			jdbc.sql("delete from case_type").update();
			for (ReferenceFile.Row f : types.rows()) {
				jdbc.sql("""
						insert into case_type (code, name, type_code, group_code, valid_from, valid_to, basis, note)
						values (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(f.optional(0), f.optional(1), f.optional(2), f.optional(3), date(f.optional(4)),
							date(f.optional(5)), f.optional(6), f.optional(7))
					.update();
			}
		})) {
			log.info("Loaded {} case types, reference data version {}", types.rows().size(), types.version());
		}
		ReferenceFile special = ReferenceFile.read(specialCodes, SPECIAL_TRIAL_CODE_COLUMNS);
		versions.loadIfNew(SPECIAL_TRIAL_CODES, special.version(), special.description(), () -> {
			jdbc.sql("delete from special_trial_code").update();
			for (ReferenceFile.Row f : special.rows()) {
				jdbc.sql("insert into special_trial_code (code, name, valid_from, valid_to, basis) values (?, ?, ?, ?, ?)")
					.params(f.optional(0), f.optional(1), date(f.optional(2)), date(f.optional(3)), f.optional(4))
					.update();
			}
		});
	}

	private static LocalDate date(String value) {
		return value == null ? null : LocalDate.parse(value);
	}
}
