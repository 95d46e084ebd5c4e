package org.smartcourt.bench.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.smartcourt.bench.BenchApp;

/**
 * What the load drives: an app started in-process on a data directory (fresh demo data or the generator's), or
 * running app nodes given by URL with their database given by a JDBC URL (to seed filings and check the results).
 */
final class Target implements AutoCloseable {

	private final BenchApp app;
	private final List<String> bases;
	private final DataSource db;
	private final boolean fresh;

	private Target(BenchApp app, List<String> bases, DataSource db, boolean fresh) {
		this.app = app;
		this.bases = bases;
		this.db = db;
		this.fresh = fresh;
	}

	/** Sign-ins are throttled per address (30 a minute): the load signs in every account from one address. */
	static final Map<String, String> SETTINGS = Map.of("smartcourt.security.login-attempts-per-minute", "100000");

	static Target inProcess(Path directory, boolean fresh) {
		BenchApp app = BenchApp.start(directory, fresh, SETTINGS);
		return new Target(app, List.of("http://127.0.0.1:" + app.port()), app.dataSource(), fresh);
	}

	static Target remote(List<String> bases, String jdbcUrl) {
		PGSimpleDataSource db = new PGSimpleDataSource();
		db.setUrl(jdbcUrl);
		return new Target(null, bases, db, false);
	}

	List<String> bases() {
		return bases;
	}

	DataSource db() {
		return db;
	}

	boolean fresh() {
		return fresh;
	}

	/** The JDBC URL of the database (for pgbench). */
	String jdbcUrl() throws SQLException {
		try (Connection c = db.getConnection()) {
			return c.getMetaData().getURL() + "|" + c.getMetaData().getUserName();
		}
	}

	Map<String, String> databaseSettings() {
		if (app != null) {
			return app.databaseSettings();
		}
		Map<String, String> out = new LinkedHashMap<>();
		try (Connection c = db.getConnection(); var s = c.createStatement()) {
			for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes",
					"shared_buffers")) {
				try (var rs = s.executeQuery("show " + name)) {
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

	/** CPU seconds so far of this JVM (the in-process app and the load generator) and of the app's PostgreSQL; -1 when unknown. */
	double[] cpuSeconds() {
		return new double[] { app == null ? -1 : org.smartcourt.bench.Machine.processCpuSeconds(),
				app == null ? -1 : app.postgresCpuSeconds() };
	}

	@Override
	public void close() {
		if (app != null) {
			app.close();
		}
	}
}
