package org.smartcourt.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.smartcourt.bench.Machine;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A machine-readable result in {@code bench/results/<name>.json}: what was measured, when, on which commit, machine
 * and data scale, with which command; {@code bench/results.sh} builds the RESULTS.md table from these files.
 */
final class ResultFile {

	static final Path DIRECTORY = Path.of("bench/results");

	private ResultFile() {
	}

	/** The header every result carries. */
	static Map<String, Object> header(String kind, String name, List<String> commandLine, DataSource db) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("kind", kind);
		out.put("name", name);
		out.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
		out.put("commit", commit());
		out.put("machine", Machine.describe().replaceFirst("^# ", ""));
		out.put("loadAverageBefore", Machine.loadAverage());
		out.put("scale", scale(db));
		out.put("command", "java -jar bench/target/bench.jar " + String.join(" ", commandLine));
		return out;
	}

	static Path write(String name, Map<String, Object> result) throws IOException {
		Files.createDirectories(DIRECTORY);
		Path file = DIRECTORY.resolve(name + ".json");
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
		Files.writeString(file, json.writeValueAsString(result) + "\n");
		return file;
	}

	static String commit() {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
			String out = new String(git.getInputStream().readAllBytes()).trim();
			String dirty = "";
			Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
			if (!new String(status.getInputStream().readAllBytes()).isBlank()) {
				dirty = "+dirty";
			}
			return git.waitFor() == 0 ? out + dirty : "unknown";
		}
		catch (IOException | InterruptedException e) {
			return "unknown";
		}
	}

	/** The data scale: the last row of the generator's {@code bench_generation} table, or the demo data. */
	static Object scale(DataSource db) {
		if (db == null) {
			return "none";
		}
		try (Connection c = db.getConnection(); var s = c.createStatement()) {
			try (ResultSet exists = s.executeQuery("select to_regclass('bench_generation') is not null")) {
				exists.next();
				if (!exists.getBoolean(1)) {
					return demo(c);
				}
			}
			try (ResultSet rs = s.executeQuery("select * from bench_generation")) {
				ResultSetMetaData meta = rs.getMetaData();
				Map<String, Object> row = new LinkedHashMap<>();
				while (rs.next()) {
					for (int i = 1; i <= meta.getColumnCount(); i++) {
						row.put(meta.getColumnName(i), String.valueOf(rs.getObject(i)));
					}
				}
				return row.isEmpty() ? demo(c) : row;
			}
		}
		catch (SQLException e) {
			return "unknown: " + e.getMessage();
		}
	}

	private static String demo(Connection c) throws SQLException {
		try (var s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from court_case")) {
			rs.next();
			return "demo (" + rs.getLong(1) + " cases)";
		}
	}
}
