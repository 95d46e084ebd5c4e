package org.smartcourt.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One app node as an operating-system process of its own ({@code java … SmartCourtApplication}), so that it can be
 * killed the hard way ({@code SIGKILL}, what {@link Process#destroyForcibly()} sends on Linux): no shutdown hook, no
 * graceful drain, open transactions are rolled back by PostgreSQL.
 */
public final class AppNode implements AutoCloseable {

	private final String name;
	private final int port;
	private final Process process;
	private final Path log;

	private AppNode(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * The settings a node of a cluster needs beside the defaults (bench/README.md, "Two app nodes"): the shared
	 * database, the shared file store and ledger key directory, and a scheduler name of its own.
	 */
	public static Map<String, String> settings(String name, int port, String jdbcUrl, Path shared) {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", Integer.toString(port));
		settings.put("spring.datasource.url", jdbcUrl);
		settings.put("spring.datasource.username", "postgres");
		settings.put("smartcourt.storage.root", shared.resolve("files").toString());
		settings.put("smartcourt.ledger.checkpoint.key-directory", shared.resolve("ledger").toString());
		settings.put("db-scheduler.scheduler-name", name);
		// the demo TSA is a key generated per process: two nodes would stamp with two roots
		settings.put("smartcourt.ledger.checkpoint.tsa-url", "none");
		// short intervals so that a test sees many scheduler runs and checkpoints in seconds
		settings.put("db-scheduler.polling-interval", "1s");
		settings.put("smartcourt.preservation.escalation-interval", "PT1S");
		settings.put("smartcourt.ledger.checkpoint.interval", "1s");
		settings.put("smartcourt.events.resubmit-interval", "PT2S");
		settings.put("smartcourt.events.resubmit-older-than", "PT10S");
		settings.put("spring.main.banner-mode", "off");
		settings.put("logging.level.root", "WARN");
		return settings;
	}

	/** Starts {@code SmartCourtApplication} from {@code classPath} (this JVM's, bench/target/lib) with the settings. */
	public static AppNode launch(String name, String classPath, Map<String, String> settings, Path logDirectory) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
				classPath, "org.smartcourt.SmartCourtApplication"));
		settings.forEach((k, v) -> command.add("--" + k + "=" + v));
		try {
			Files.createDirectories(logDirectory);
			Path log = logDirectory.resolve(name + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new AppNode(name, Integer.parseInt(settings.get("server.port")), process, log);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot start node " + name, e);
		}
	}

	/** Waits until the node answers {@code /actuator/health} with 200. */
	public AppNode awaitUp(Duration timeout) {
		try {
			awaitHealthy(base(), timeout, () -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + "; see " + log);
				}
			});
			return this;
		}
		catch (RuntimeException e) {
			kill();
			throw e;
		}
	}

	static void awaitHealthy(String base, Duration timeout, Runnable stillAlive) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			stillAlive.run();
			try {
				HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
					.timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
				if (r.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			sleep(500);
		}
		throw new IllegalStateException(base + " did not become healthy within " + timeout);
	}

	public String base() {
		return "http://127.0.0.1:" + port;
	}

	public String name() {
		return name;
	}

	public long pid() {
		return process.pid();
	}

	/** {@code kill -9}. */
	public void kill() {
		process.destroyForcibly();
		waitFor(10);
	}

	/** A graceful stop ({@code SIGTERM}), then {@code SIGKILL} after 30 s. */
	@Override
	public void close() {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		if (!waitFor(30)) {
			process.destroyForcibly();
			waitFor(10);
		}
	}

	private boolean waitFor(int seconds) {
		try {
			return process.waitFor(seconds, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
