package org.smartcourt.bench.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * The references measured beside the app, on the same machine and the same PostgreSQL server (so the same fsync and
 * synchronous_commit): (a) pgbench simple-update ({@code -N}) on a scratch database of the cluster, the ceiling for
 * write transactions; (b) the plain-JDBC registration loop ({@link JdbcRegistrationLoop}); (c) raw SHA-256 of
 * 200-byte records on one and two threads, the ceiling for ledger hashing.
 */
final class ReferenceRunner {

	private static final Path PGBENCH = Path.of("/usr/bin/pgbench");
	private static final String SCRATCH = "bench_pgbench";

	private final DataSource db;
	private final String jdbcUrl;
	private final Duration seconds;
	private final int clients;
	private final int threads;

	ReferenceRunner(DataSource db, String jdbcUrl, Duration seconds) {
		this(db, jdbcUrl, seconds, 16, 16);
	}

	ReferenceRunner(DataSource db, String jdbcUrl, Duration seconds, int clients, int threads) {
		this.db = db;
		this.jdbcUrl = jdbcUrl;
		this.seconds = seconds;
		this.clients = clients;
		this.threads = threads;
	}

	Map<String, Object> run() throws Exception {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("durability", durability());
		System.out.println("# reference on the same server: " + out.get("durability"));
		Map<String, Object> jdbc = new JdbcRegistrationLoop(db).run(threads, seconds.toMillis() / 1000.0);
		out.put("jdbc", jdbc);
		out.put("jdbcRegistrationsPerSecond", jdbc.get("registrationsPerSecond"));
		System.out.printf(Locale.ROOT, "# plain JDBC registration loop (%d threads): %s%n", threads, jdbc);
		Map<String, Object> pgbench = pgbench();
		out.put("pgbench", pgbench);
		out.put("pgbenchTps", pgbench.get("tps"));
		System.out.println("# pgbench simple-update: " + pgbench);
		Map<String, Object> sha = sha256();
		out.put("sha256", sha);
		System.out.println("# SHA-256 of 200-byte records: " + sha);
		return out;
	}

	private Map<String, String> durability() throws SQLException {
		Map<String, String> out = new LinkedHashMap<>();
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")) {
				try (ResultSet rs = s.executeQuery("show " + name)) {
					rs.next();
					out.put(name, rs.getString(1));
				}
			}
		}
		return out;
	}

	private Map<String, Object> pgbench() throws Exception {
		Map<String, Object> out = new LinkedHashMap<>();
		if (!Files.isExecutable(PGBENCH)) {
			out.put("skipped", PGBENCH + " is missing");
			return out;
		}
		String[] urlAndUser = jdbcUrl.split("\\|");
		URI uri = URI.create(urlAndUser[0].substring("jdbc:".length()));
		String host = uri.getHost();
		String port = Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort());
		String user = urlAndUser.length > 1 ? urlAndUser[1] : "postgres";
		try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
			s.execute("drop database if exists " + SCRATCH);
			s.execute("create database " + SCRATCH);
		}
		try {
			List<String> base = List.of("-h", host, "-p", port, "-U", user);
			long started = System.nanoTime();
			String init = exec(List.of(PGBENCH.toString(), "-i", "-s", "10", "-q"), base);
			out.put("initSeconds", (System.nanoTime() - started) / 1e9);
			String run = exec(List.of(PGBENCH.toString(), "-N", "-c", Integer.toString(clients), "-j", "2", "-T",
					Long.toString(Math.max(1, seconds.toSeconds()))), base);
			Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(run);
			Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(run);
			out.put("command", "pgbench -i -s 10; pgbench -N -c " + clients + " -j 2 -T " + seconds.toSeconds());
			out.put("tps", tps.find() ? Double.parseDouble(tps.group(1)) : null);
			out.put("latencyAverageMs", latency.find() ? Double.parseDouble(latency.group(1)) : null);
			if (out.get("tps") == null) {
				out.put("output", init + run);
			}
		}
		finally {
			try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
				s.execute("drop database if exists " + SCRATCH);
			}
		}
		return out;
	}

	private static String exec(List<String> command, List<String> connection) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(command);
		all.addAll(connection);
		all.add(SCRATCH);
		Process p = new ProcessBuilder(all).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes());
		if (p.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", all) + " failed: " + output);
		}
		return output;
	}

	/** Hashes of distinct 200-byte records per second, on one thread and on two. */
	static Map<String, Object> sha256() throws InterruptedException {
		Map<String, Object> out = new LinkedHashMap<>();
		for (int threads : new int[] { 1, 2 }) {
			AtomicLong hashes = new AtomicLong();
			long end = System.nanoTime() + 2_000_000_000L;
			List<Thread> workers = new ArrayList<>();
			long started = System.nanoTime();
			for (int t = 0; t < threads; t++) {
				Thread worker = new Thread(() -> {
					byte[] record = new byte[200];
					new Random(7).nextBytes(record);
					MessageDigest sha = sha();
					long n = 0;
					byte[] digest = new byte[32];
					while ((n & 1023) != 0 || System.nanoTime() < end) {
						record[0] = (byte) n;
						record[1] = (byte) (n >> 8);
						record[2] = digest[0];
						digest = sha.digest(record);
						n++;
					}
					hashes.addAndGet(n);
				});
				workers.add(worker);
				worker.start();
			}
			for (Thread w : workers) {
				w.join();
			}
			double elapsed = (System.nanoTime() - started) / 1e9;
			out.put("hashesPerSecond" + threads + "Thread" + (threads > 1 ? "s" : ""), hashes.get() / elapsed);
		}
		out.put("recordBytes", 200);
		return out;
	}

	private static MessageDigest sha() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
