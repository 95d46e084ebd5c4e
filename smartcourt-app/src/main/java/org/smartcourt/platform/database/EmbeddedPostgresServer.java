package org.smartcourt.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (binaries from Maven Central) run by the application itself, so that a newcomer needs
 * nothing but a JDK. One server per data directory and JVM: several Spring contexts in one test JVM share it, and
 * it stops when the last of them closes.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

	private final Path dataDirectory;
	private final EmbeddedPostgres postgres;
	private int users;

	private EmbeddedPostgresServer(Path dataDirectory, EmbeddedPostgres postgres) {
		this.dataDirectory = dataDirectory;
		this.postgres = postgres;
	}

	/** Starts the server for these settings, or joins the one already running on the same data directory. */
	public static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		EmbeddedPostgresServer server = RUNNING.get(directory);
		if (server == null) {
			server = new EmbeddedPostgresServer(directory, start(directory, properties));
			server.createDatabase(properties.database());
			RUNNING.put(directory, server);
		}
		server.users++;
		return server;
	}

	private static EmbeddedPostgres start(Path directory, EmbeddedDatabaseProperties properties) {
		if ("root".equals(System.getProperty("user.name"))) {
			throw new IllegalStateException("""
					嵌入式 PostgreSQL 不能以 root 用户运行（PostgreSQL 自身的限制）。请以普通用户启动，或设置 SMARTCOURT_DB_URL 使用外部数据库。
					The embedded PostgreSQL cannot run as root (a PostgreSQL rule): run as an ordinary user, \
					or set SMARTCOURT_DB_URL to use an external server.""");
		}
		try {
			Files.createDirectories(directory);
			log.info("Starting embedded PostgreSQL in {}", directory);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (!properties.clean()) {
				// the library turns durability off for speed; data kept across restarts must survive a crash
				builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
			}
			return builder.setDataDirectory(directory)
				.setCleanDataDirectory(properties.clean())
				.setPort(properties.port())
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "200")
				.setServerConfig("timezone", "Asia/Shanghai")
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start embedded PostgreSQL in " + directory, ex);
		}
	}

	private void createDatabase(String name) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("select 1 from pg_database where datname = '" + name.replace("'", "''") + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("create database \"" + name.replace("\"", "") + "\" encoding 'UTF8'");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create database " + name, ex);
		}
	}

	public String jdbcUrl(String database) {
		return postgres.getJdbcUrl("postgres", database);
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		synchronized (EmbeddedPostgresServer.class) {
			if (--users > 0) {
				return;
			}
			RUNNING.remove(dataDirectory);
		}
		log.info("Stopping embedded PostgreSQL in {}", dataDirectory);
		postgres.close();
	}
}
