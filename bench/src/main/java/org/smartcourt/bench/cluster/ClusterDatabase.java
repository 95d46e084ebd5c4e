package org.smartcourt.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one PostgreSQL server that both app nodes use as an external database: the zonky embedded server the app
 * itself uses in demo mode, started directly with durability on ({@code fsync}, {@code synchronous_commit}), like a
 * production primary. The app database is {@code smartcourt}, user {@code postgres} without a password.
 */
public final class ClusterDatabase implements AutoCloseable {

	static final String DATABASE = "smartcourt";

	private final EmbeddedPostgres postgres;

	private ClusterDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/** Starts the server in {@code directory} (kept if it exists) on {@code port} (0: a free port). */
	public static ClusterDatabase start(Path directory, int port) {
		// the server's own log (initdb, connections reset by a killed node) would drown the report
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		try {
			Files.createDirectories(directory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "300")
				.setServerConfig("timezone", "Asia/Shanghai")
				.setRegisterShutdownHook(false)
				.start();
			ClusterDatabase database = new ClusterDatabase(postgres);
			database.createAppDatabase();
			return database;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot start PostgreSQL in " + directory, e);
		}
	}

	/** The JDBC URL of the app database, as the nodes get it in {@code SMARTCOURT_DB_URL}. */
	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", DATABASE);
	}

	public int port() {
		return postgres.getPort();
	}

	private void createAppDatabase() {
		try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
				Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			s.execute("create database " + DATABASE + " encoding 'UTF8'");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot create database " + DATABASE, e);
		}
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
