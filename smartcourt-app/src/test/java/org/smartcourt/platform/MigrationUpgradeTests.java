package org.smartcourt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcourt.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A database migrated by an earlier release upgrades: modules own version ranges, so a new release brings migrations
 * numbered below ones already applied (the cases module's V51 after the deadlines module's V100). With the
 * application's Flyway settings they are applied, not refused.
 */
@IntegrationTest
class MigrationUpgradeTests {

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	@Autowired
	DataSource dataSource;

	@Value("${spring.flyway.out-of-order}")
	boolean outOfOrder;

	@TempDir
	Path earlierRelease;

	@Test
	void aDatabaseOfAnEarlierReleaseTakesMigrationsNumberedBelowItsLatest() throws IOException {
		// The earlier release: everything up to the deadlines module's V100, without what cases (V51–V59) and
		// hearings (V110+) added since.
		for (Resource migration : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
			Matcher m = VERSION.matcher(migration.getFilename());
			if (!m.matches()) {
				continue;
			}
			int version = Integer.parseInt(m.group(1));
			if ((version >= 51 && version <= 59) || version >= 110) {
				continue;
			}
			try (InputStream in = migration.getInputStream()) {
				Files.copy(in, earlierRelease.resolve(migration.getFilename()));
			}
		}
		String schema = "upgrade_" + Long.toHexString(System.nanoTime());
		try {
			upgrade(schema);
		}
		finally {
			// other tests count tables by name; leave only the application's schema behind
			new org.springframework.jdbc.core.JdbcTemplate(dataSource).execute("drop schema if exists " + schema + " cascade");
		}
	}

	private void upgrade(String schema) {
		Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.locations("filesystem:" + earlierRelease)
			.load()
			.migrate();

		MigrateResult upgrade = Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.locations("classpath:db/migration")
			.outOfOrder(outOfOrder)
			.load()
			.migrate();
		assertThat(upgrade.migrations).extracting(m -> m.version).contains("51", "52", "110");
		assertThat(Flyway.configure()
			.dataSource(dataSource)
			.schemas(schema)
			.locations("classpath:db/migration")
			.outOfOrder(outOfOrder)
			.load()
			.validateWithResult().validationSuccessful).isTrue();
	}
}
