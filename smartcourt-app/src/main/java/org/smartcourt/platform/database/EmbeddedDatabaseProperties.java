package org.smartcourt.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL that starts when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts unless {@code clean} is set.
 * @param port TCP port on loopback; {@code 0} picks a free one.
 * @param clean wipe the data directory at start (tests only).
 * @param database name of the application database created inside the cluster.
 */
@ConfigurationProperties("smartcourt.db.embedded")
public record EmbeddedDatabaseProperties(Path dataDirectory, int port, boolean clean, String database) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "pg");
		}
		if (database == null || database.isBlank()) {
			database = "smartcourt";
		}
	}
}
