package org.smartcourt.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.smartcourt.SmartCourtApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application under benchmark, started in-process in demo mode (two local witnesses) on a random port, with its
 * own embedded PostgreSQL cluster under the bench's work directory. Durability stays on: the data directory is
 * deleted by the bench instead of using {@code clean=true}, which would switch fsync off.
 */
public final class BenchApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;
	private final Path directory;

	private BenchApp(ConfigurableApplicationContext context, Path directory) {
		this.context = context;
		this.directory = directory;
	}

	/**
	 * Starts the application in {@code directory} (PostgreSQL cluster, files, demo keys).
	 *
	 * @param fresh delete what a previous run left there first
	 * @param settings extra Spring properties ({@code smartcourt.ledger.batch-size} …)
	 */
	public static BenchApp start(Path directory, boolean fresh, Map<String, String> settings) {
		if (fresh) {
			delete(directory);
		}
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("smartcourt.db.embedded.data-directory", directory.resolve("pg").toString());
		properties.put("smartcourt.db.embedded.clean", "false");
		properties.put("smartcourt.storage.root", directory.resolve("files").toString());
		properties.put("smartcourt.ledger.checkpoint.key-directory", directory.resolve("ledger").toString());
		properties.put("server.port", "0");
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.org.smartcourt", "WARN");
		properties.putAll(settings);
		List<String> args = new ArrayList<>();
		properties.forEach((k, v) -> args.add("--" + k + "=" + v));
		long started = System.nanoTime();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SmartCourtApplication.class)
			.run(args.toArray(String[]::new));
		System.out.printf("# app started in %.1f s (%s)%n", (System.nanoTime() - started) / 1e9, settings);
		return new BenchApp(context, directory);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public int port() {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	public DataSource dataSource() {
		return bean(DataSource.class);
	}

	/** PostgreSQL version and the settings that decide durability and commit cost. */
	Map<String, String> databaseSettings() {
		Map<String, String> out = new LinkedHashMap<>();
		try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select version()")) {
				rs.next();
				out.put("version", rs.getString(1));
			}
			for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method",
					"shared_buffers", "max_wal_size", "commit_delay")) {
				try (ResultSet rs = s.executeQuery("show " + name)) {
					rs.next();
					out.put(name, rs.getString(1));
				}
			}
		}
		catch (SQLException e) {
			out.put("error", e.getMessage());
		}
		return out;
	}

	/** CPU seconds used so far by this app's PostgreSQL cluster. */
	double postgresCpuSeconds() {
		return Machine.postgresCpuSeconds(directory.resolve("pg"));
	}

	/** Committed transactions of the application database so far (to count batches and other writes). */
	long commits() {
		try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select xact_commit from pg_stat_database where datname = current_database()")) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException e) {
			return -1;
		}
	}

	@Override
	public void close() {
		context.close();
	}

	static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot delete " + directory, e);
		}
	}
}
